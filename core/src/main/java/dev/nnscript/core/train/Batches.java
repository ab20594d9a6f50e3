package dev.nnscript.core.train;

import dev.nnscript.core.gradient.Gradients;

/**
 * Where a {@link TrainingRun} gets each step's loss and gradient: from rows in memory
 * ({@link LocalBatches}) or from a {@link GradientSource} ({@link SourceBatches}). Both cut the same
 * batches from the same settings, so the loop around them (optimizer, stop rules, divergence) is
 * one.
 */
interface Batches {

    /** True when the current epoch has no batches left: the next batch begins a new one. */
    boolean epochDone();

    /**
     * Takes the next batch and measures it at the network's current parameters: fills
     * {@link #gradients()} and returns the batch's loss.
     */
    double next();

    /** The gradients of the last {@link #next} (the same object every step). */
    Gradients gradients();

    /** Batches in one pass over the data; the last may be partial. */
    long perEpoch();

    /** The loss of the current parameters over every row (outside the loop, so it may allocate). */
    double fullLoss();
}
