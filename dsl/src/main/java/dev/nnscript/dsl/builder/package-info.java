/**
 * A typed Java builder for scripts: one method per {@code .nn} statement, filling the same spec
 * records the parser fills and going through the same validator and assembler, so a mistake gets
 * the same message whichever way the script was written. Each statement takes its source position
 * from a caller-supplied locator (the Java or Groovy line that called it).
 *
 * <p>Values take the language's forms: a {@link java.lang.Number} (any kind, {@code BigDecimal}
 * included), {@link dev.nnscript.dsl.builder.Unknown#UNKNOWN} or the string {@code "?"} for an
 * unknown, a {@link dev.nnscript.dsl.builder.Word} ({@code relu}, {@code uniform(-0.5, 0.5)}) or a
 * plain string for a word, and a {@link java.util.List} for a weight list. Nothing here loads
 * Groovy; the Groovy layer is {@code dev.nnscript.dsl.groovy}.
 */
package dev.nnscript.dsl.builder;
