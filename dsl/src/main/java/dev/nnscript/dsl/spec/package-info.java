/**
 * The spec: immutable records for a script exactly as written, every node with its source
 * position. The parser's {@code SpecBuilder} and the Groovy builder both produce a
 * {@link dev.nnscript.dsl.spec.ScriptSpec}; nothing here is checked beyond nulls, so the validator
 * can report every problem with the same text whichever way the script was written.
 */
package dev.nnscript.dsl.spec;
