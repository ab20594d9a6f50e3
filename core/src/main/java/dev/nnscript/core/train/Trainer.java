package dev.nnscript.core.train;

import dev.nnscript.core.network.Network;

/** Trains a network on a data set. */
public final class Trainer {

    /** How many of the most recent step losses a result keeps. */
    public static final int HISTORY_LENGTH = 1000;

    private Trainer() {}

    /**
     * Trains a copy of {@code network} (the argument is left untouched) and returns it with how and
     * why training stopped. Parameters frozen by the layers' masks keep their values.
     *
     * @throws IllegalArgumentException when the data do not fit the network or the loss does not fit
     *     its output layer
     */
    public static TrainingResult train(Network network, Dataset data, TrainingConfig config,
            ProgressListener listener) {
        throw new UnsupportedOperationException("training loop not implemented yet");
    }
}
