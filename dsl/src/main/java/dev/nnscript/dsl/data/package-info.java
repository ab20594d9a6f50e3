/**
 * Training data: column matching by name, row conversion (one-hot class labels), a streaming CSV
 * reader (Commons CSV) and loading into core datasets; inputs and targets are row-major arrays.
 */
package dev.nnscript.dsl.data;
