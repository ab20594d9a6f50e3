/** The read pass: bytes to text (UTF-8, byte-order mark, NUL and invalid-UTF-8 checks). */
package dev.nnscript.dsl.source;
