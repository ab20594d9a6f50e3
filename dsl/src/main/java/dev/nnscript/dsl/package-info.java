/**
 * The .nn language. Entry point: {@link dev.nnscript.dsl.NnScripts} (load a file or a string) returning a
 * {@link dev.nnscript.dsl.LoadResult}: a {@code Script} or every diagnostic.
 *
 * <p>The passes, each a package, in the order they run and depend on one another: source (read:
 * bytes to text), parser (parse, and build the spec), spec (the script as written), validate
 * (check, and resolve into a {@code ValidatedScript}), assemble (build the network from it), and
 * script (the loaded result, which needs no pass). Beside them: diagnostic (a leaf every pass
 * uses), print (canonical text), data (data options, inline tables and CSV into core datasets),
 * builder and groovy (scripts written in code, into the same spec). No package cycle;
 * {@code PackageStructureTest} keeps it so.
 */
package dev.nnscript.dsl;
