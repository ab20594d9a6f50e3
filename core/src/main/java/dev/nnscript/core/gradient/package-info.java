/**
 * Backpropagation and its check against finite differences.
 *
 * <p>{@link dev.nnscript.core.gradient.Gradients} holds dL/dW and dL/db for every layer in flat
 * arrays shaped like the layer's own (weights row-major [outputs][inputs], biases [outputs]).
 * {@link dev.nnscript.core.gradient.Backpropagation} is a workspace sized once for a network and a
 * batch capacity: forward pass, loss and backward pass, allocating nothing per call.
 * {@link dev.nnscript.core.gradient.GradientCheck} compares its gradients with central differences
 * and reports parameters on an activation's bend (ReLU at 0) instead of calling them wrong.
 */
package dev.nnscript.core.gradient;
