package dev.nnscript.core.train;

import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.Objects;

/**
 * Trains a network on a data set.
 *
 * <p>Loss conventions, so published figures can be compared: a step is one update. The loss a
 * step reports (to the listener and in the history) is its batch's loss measured before its
 * update; {@link TrainingResult#finalLoss()} is measured over all rows after the last update. So
 * for full-batch training, "the loss after N steps" is the {@code finalLoss} of a run of N steps,
 * and equals history entry N + 1 of a longer run. StatQuest's figures are of this kind: the SSR
 * after one gradient-descent step of the 7-parameter network is 4.207068646.
 */
public final class Trainer {

    /** How many of the most recent step losses a result keeps. */
    public static final int HISTORY_LENGTH = 1000;

    private Trainer() {}

    /**
     * Trains a copy of {@code network} (the argument is left untouched) and returns it with how and
     * why training stopped. Parameters frozen by the layers' masks keep their values.
     *
     * @param listener told about every step; returning false stops training after that step
     * @throws IllegalArgumentException when the data do not fit the network or the loss does not fit
     *     its output layer
     */
    public static TrainingResult train(Network network, Dataset data, TrainingConfig config,
            ProgressListener listener) {
        return trainInPlace(network.copy(), data, config, listener);
    }

    /**
     * As {@link #train}, but trains {@code network} itself: whenever the listener is called, its
     * arrays hold the parameters after that step, so the listener (on the training thread) may copy
     * them to show training live. The result's network is {@code network}.
     */
    public static TrainingResult trainInPlace(Network network, Dataset data, TrainingConfig config,
            ProgressListener listener) {
        Objects.requireNonNull(listener, "listener");
        checkFits(network, data.inputCount(), data.outputCount(), config);
        Network working = ReluAtZero.apply(network, config.reluDerivativeAtZero());
        return new TrainingRun(working, new LocalBatches(working, data, config), config, listener).run(network);
    }

    /**
     * As {@link #train(Network, Dataset, TrainingConfig, ProgressListener)}, with rows that live
     * elsewhere: each batch's loss and gradient come from {@code source}, everything else (batches cut
     * from the seed, the optimizer, frozen parameters, stop rules, divergence) is done here, as for a
     * {@link Dataset}. A source answering with one part holding every row trains to the same bits.
     */
    public static TrainingResult train(Network network, GradientSource source, TrainingConfig config,
            ProgressListener listener) {
        Objects.requireNonNull(listener, "listener");
        checkFits(network, source.inputCount(), source.outputCount(), config);
        Network trained = network.copy();
        Network working = ReluAtZero.apply(trained, config.reluDerivativeAtZero());
        return new TrainingRun(working, new SourceBatches(working, source, config), config, listener).run(trained);
    }

    private static void checkFits(Network network, int inputCount, int outputCount, TrainingConfig config) {
        if (inputCount != network.inputCount()) {
            throw new IllegalArgumentException("the data have " + inputCount
                    + " input columns but the network takes " + network.inputCount());
        }
        if (outputCount != network.outputCount()) {
            throw new IllegalArgumentException("the data have " + outputCount
                    + " target columns but the network has " + network.outputCount() + " outputs");
        }
        if (config.loss().needsSoftmaxOutput() && !network.outputLayer().isSoftmax()) {
            throw new IllegalArgumentException("the " + config.loss().name()
                    + " loss needs a softmax output layer");
        }
        if (config.loss().needsOutputsInUnitInterval() && !outputsInUnitInterval(network.outputLayer())) {
            throw new IllegalArgumentException("the " + config.loss().name() + " loss needs outputs between 0"
                    + " and 1: give the output layer the sigmoid activation (or softmax)");
        }
    }

    /** Whether every output of {@code layer} is in [0, 1] by its activation: softmax, or sigmoid nodes. */
    private static boolean outputsInUnitInterval(DenseLayer layer) {
        if (layer.isSoftmax()) {
            return true;
        }
        for (int o = 0; o < layer.outputs(); o++) {
            if (!(layer.activation(o) instanceof Activations.Sigmoid)) {
                return false;
            }
        }
        return true;
    }
}
