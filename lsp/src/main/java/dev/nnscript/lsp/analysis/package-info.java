/**
 * What the server knows about each open document: its text and lines (nnscript's 1-based
 * code-point columns beside LSP's 0-based UTF-16 ones), one analysis per version through the dsl
 * pipeline (the same load and data check {@code nnrun check} runs), and the store that debounces
 * edits before analysing.
 */
package dev.nnscript.lsp.analysis;
