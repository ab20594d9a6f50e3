/**
 * nnscript from Groovy: {@link dev.nnscript.dsl.groovy.NnDsl#network(groovy.lang.Closure)} mirrors
 * the {@code .nn} statements one to one, writing Groovy's loose values (named arguments, bare
 * words, closures' numbers of any kind) as written into the spec statements of
 * {@code dev.nnscript.dsl.builder}, so that a wrong key or value gets the parser's own message;
 * {@code parse} and {@code load} read {@code .nn} text; the
 * resulting {@link dev.nnscript.dsl.groovy.NnNetwork} predicts, trains and prints itself back as
 * {@code .nn}. Works with Groovy 4 and 5, which the user brings: Groovy is an optional dependency,
 * and only this package touches it.
 *
 * <p>In a {@code network { }} closure (run with {@code DELEGATE_ONLY}, so a typo is an error, not
 * a lookup in the enclosing script): bare words such as {@code relu}, {@code he}, {@code sgd} are
 * words of the language; {@code leaky_relu(0.1)} and {@code uniform(-0.5, 0.5)} are words with
 * numbers; {@code unknown} or the string {@code '?'} is the language's {@code ?}; a word used as no
 * statement's value is reported as an unknown statement, as in a {@code .nn} file.
 */
package dev.nnscript.dsl.groovy;
