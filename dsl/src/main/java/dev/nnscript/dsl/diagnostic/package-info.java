/**
 * Diagnostics: one type ({@link dev.nnscript.dsl.diagnostic.Diagnostic}: position, severity, message),
 * the formatter the CLI prints with, and "did you mean" suggestions. A leaf: every pass uses it, it
 * uses no other dsl package (a source's lines reach the formatter through
 * {@link dev.nnscript.dsl.diagnostic.SourceLines}).
 */
package dev.nnscript.dsl.diagnostic;
