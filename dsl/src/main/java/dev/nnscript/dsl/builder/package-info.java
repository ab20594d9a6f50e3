/**
 * The Java builder for scripts: {@link dev.nnscript.dsl.builder.ScriptBuilder}, one typed method
 * per {@code .nn} statement, filling the same spec records the parser fills and going through the
 * same validator and assembler, so a mistake gets the same message whichever way the script was
 * written. Each statement takes its source position from a caller-supplied locator (the Java or
 * Groovy line that called it).
 *
 * <p>Values are typed: {@link dev.nnscript.dsl.builder.NodeActivation} wraps core's activations
 * (plus softmax), {@link dev.nnscript.dsl.builder.Weights} and
 * {@link dev.nnscript.dsl.builder.Parameter} hold numbers or
 * {@link dev.nnscript.dsl.builder.Unknown#UNKNOWN}, and training settings, data options,
 * initializers and report kinds are the script package's own types. Under the builder,
 * {@link dev.nnscript.dsl.builder.SpecStatements} takes statements as written; the Groovy layer
 * ({@code dev.nnscript.dsl.groovy}) writes its loose values there, so that an unknown named
 * argument reads as an unknown {@code key=} would. Nothing here loads Groovy.
 */
package dev.nnscript.dsl.builder;
