/**
 * The editor features, each a function of one {@code analysis.Analysis}: diagnostics and their
 * ranges, did-you-mean quick fixes, node hovers (formula, numbers, value at a sample input),
 * completion, formatting ({@code nnrun fmt}'s printer), the outline and semantic tokens. None
 * prints; the server sends what they return.
 */
package dev.nnscript.lsp.feature;
