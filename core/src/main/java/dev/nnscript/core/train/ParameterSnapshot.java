package dev.nnscript.core.train;

import dev.nnscript.core.network.Network;

/** A copy of a network's parameters, taken and restored without allocating. */
final class ParameterSnapshot {

    private final Network network;
    private final double[][] weights;
    private final double[][] biases;

    ParameterSnapshot(Network network) {
        this.network = network;
        int layers = network.layers().size();
        this.weights = new double[layers][];
        this.biases = new double[layers][];
        for (int l = 0; l < layers; l++) {
            weights[l] = network.layer(l).weights().clone();
            biases[l] = network.layer(l).biases().clone();
        }
    }

    void take() {
        for (int l = 0; l < weights.length; l++) {
            System.arraycopy(network.layer(l).weights(), 0, weights[l], 0, weights[l].length);
            System.arraycopy(network.layer(l).biases(), 0, biases[l], 0, biases[l].length);
        }
    }

    void restore() {
        for (int l = 0; l < weights.length; l++) {
            System.arraycopy(weights[l], 0, network.layer(l).weights(), 0, weights[l].length);
            System.arraycopy(biases[l], 0, network.layer(l).biases(), 0, biases[l].length);
        }
    }
}
