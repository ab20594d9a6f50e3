/**
 * Initializers: values for the parameters a model leaves unknown ({@code ?} in a {@code .nn} file).
 *
 * <p>Unknowns are marked per layer by boolean masks shaped like the layer's arrays (weights
 * row-major [outputs][inputs], biases [outputs]); {@link dev.nnscript.core.init.Initialization#fill}
 * writes only where a mask is true. All randomness comes from one seed through
 * {@link java.util.SplittableRandom}, so the same seed gives the same bits.
 */
package dev.nnscript.core.init;
