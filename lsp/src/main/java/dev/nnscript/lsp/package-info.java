/**
 * The language server for {@code .nn} files ({@code nnrun lsp}), on Eclipse LSP4J: {@link
 * dev.nnscript.lsp.LspServer} runs it on two streams (standard input and output belong to the
 * protocol; nothing else writes there), {@link dev.nnscript.lsp.NnLanguageServer} answers the
 * requests from the analyses in {@code analysis} with the features in {@code feature}. Only
 * {@code nnrun lsp} loads these classes.
 */
package dev.nnscript.lsp;
