/**
 * Losses, each with its value and gradient side by side.
 *
 * <p>Array conventions: a batch of network outputs, pre-activations and targets is row-major
 * [rows][width], where width is the output layer's node count; only the first {@code rows} rows are
 * read. Gradients are written into an array of the same shape. {@link dev.nnscript.core.loss.Losses}
 * finds a loss by the name the {@code .nn} language uses.
 */
package dev.nnscript.core.loss;
