/** The read pass: bytes to text (UTF-8, byte-order mark, NUL and invalid-UTF-8 checks); uses only diagnostic. */
package dev.nnscript.dsl.source;
