/**
 * Networks of dense layers and their forward pass.
 *
 * <p>Array conventions: each layer keeps its weights in one flat row-major array [outputs][inputs]
 * and its biases in [outputs]; batches are row-major [rows][width]. A
 * {@link dev.nnscript.core.network.ForwardTrace} records every layer's pre-activations and outputs
 * for backpropagation and for step-by-step explanations. The layer math (forward, activation
 * backward, parameter backward) sits in a few methods of {@link dev.nnscript.core.network.DenseLayer}.
 */
package dev.nnscript.core.network;
