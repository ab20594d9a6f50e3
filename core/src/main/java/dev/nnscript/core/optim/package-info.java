/**
 * Optimizers: how a gradient becomes a parameter update.
 *
 * <p>{@link dev.nnscript.core.optim.OptimizerConfig} is the typed, immutable choice (sgd, momentum
 * with an optional Nesterov step, adam) that a training configuration carries;
 * {@link dev.nnscript.core.optim.Optimizer} is the stateful updater built from it for one network,
 * one small type per method. Parameters and gradients are the layers' own flat arrays (weights
 * row-major [outputs][inputs], biases [outputs]); state arrays (velocities, moments) have the same
 * shapes and are allocated once.
 */
package dev.nnscript.core.optim;
