package dev.nnscript.core.train;

import dev.nnscript.core.network.Network;

/**
 * Training rows that live somewhere else (the partitions of a Spark data set, say), asked for the
 * loss and gradient of one batch at a time. {@link Trainer#train(Network, GradientSource,
 * TrainingConfig, ProgressListener)} cuts the batches as it cuts a {@link Dataset}'s and does the
 * rest (optimizer, frozen parameters, stop rules, divergence) itself.
 *
 * <p>A source splits the batch's rows into parts, measures each with a {@link GradientPart} and
 * returns the sum of the parts ({@link PartialGradients#plus}). One part holding every row gives the
 * same bits as training on a {@code Dataset}; several give the same up to summation order.
 */
public interface GradientSource {

    /** How many rows, at least 1; they are numbered from 0 in a fixed order. */
    int rows();

    int inputCount();

    int outputCount();

    /**
     * The loss and gradient of one batch at {@code network}'s current parameters: the rows
     * {@code order[from]}, ..., {@code order[from + count - 1]}, in that order, or every row in order
     * when {@code order} is null. {@code network} carries the run's ReLU setting; only its parameters
     * change between calls.
     */
    PartialGradients batch(Network network, int[] order, int from, int count);

    /** The loss over every row at {@code network}'s current parameters (the result's final loss). */
    double loss(Network network);
}
