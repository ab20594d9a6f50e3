/**
 * The spec: immutable records for a script exactly as written, every node with its source
 * position. The parser's {@code SpecBuilder} and the Groovy builder both produce a
 * {@link dev.nnscript.dsl.spec.ScriptSpec}; nothing here is checked beyond nulls, so the validator
 * can report every problem with the same text whichever way the script was written.
 * {@link dev.nnscript.dsl.spec.SettingKeys} is the one check kept here, beside the settings it
 * checks: the readers of node, {@code data} and {@code train} settings, in three packages, share it.
 * {@link dev.nnscript.dsl.spec.NumberSyntax} is the language's number syntax as a recognizer, for
 * what is read outside the grammar (data cells, table cells, the command line's values), and
 * {@link dev.nnscript.dsl.spec.Limits} the sizes a script may ask for (the parser's name ranges and
 * the validator both check them). Uses only diagnostic.
 */
package dev.nnscript.dsl.spec;
