/**
 * Activation functions, each with its value and derivative side by side.
 *
 * <p>{@link dev.nnscript.core.activation.Activation} is the element-wise kind (one per node);
 * {@link dev.nnscript.core.activation.Activations} holds every one the {@code .nn} language names.
 * {@link dev.nnscript.core.activation.Softmax} is the whole-layer activation, applied to one row
 * [from, from + n) of a row-major batch at a time.
 */
package dev.nnscript.core.activation;
