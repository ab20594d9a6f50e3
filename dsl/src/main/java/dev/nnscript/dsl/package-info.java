/**
 * The .nn language. Entry point: {@link dev.nnscript.dsl.NnScripts} (load a file or a string) returning a
 * {@link dev.nnscript.dsl.LoadResult}: a {@code Script} or every diagnostic. The passes, each a
 * package: source (read), parser (parse, build spec), spec, validate, assemble; then script (the
 * loaded result), print (canonical text), data (inline tables and CSV into core datasets), diagnostic.
 */
package dev.nnscript.dsl;
