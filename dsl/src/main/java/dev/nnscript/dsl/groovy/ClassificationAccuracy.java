package dev.nnscript.dsl.groovy;

import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;

/**
 * The share of rows whose predicted class (the largest output) is the target class (the largest,
 * that is the one-hot, target), for networks with a softmax output layer.
 */
final class ClassificationAccuracy {

    private ClassificationAccuracy() {}

    /** In [0, 1]; null when the network is not a classifier (no softmax output layer). */
    static Double of(Network network, Dataset data) {
        if (!network.outputLayer().isSoftmax()) {
            return null;
        }
        int correct = 0;
        for (int r = 0; r < data.rows(); r++) {
            if (largest(network.predict(data.input(r))) == largest(data.target(r))) {
                correct++;
            }
        }
        return (double) correct / data.rows();
    }

    /** The index of the largest entry; ties go to the first. */
    private static int largest(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
