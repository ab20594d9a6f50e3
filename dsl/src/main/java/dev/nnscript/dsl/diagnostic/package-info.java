/**
 * Diagnostics: one type ({@link dev.nnscript.dsl.diagnostic.Diagnostic}: position, severity, message),
 * the formatter the CLI prints with, and "did you mean" suggestions.
 */
package dev.nnscript.dsl.diagnostic;
