/**
 * Training: the typed configuration, the data set, the training loop and its result.
 *
 * <p>Entry point: {@link dev.nnscript.core.train.Trainer#train}. Data are flat row-major arrays:
 * inputs [rows][inputCount], targets [rows][outputCount]. A step is one parameter update from one
 * batch; an epoch is one pass over all rows. All buffers are sized once before the loop; the loop
 * itself allocates nothing per step or per sample.
 */
package dev.nnscript.core.train;
