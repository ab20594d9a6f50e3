package dev.nnscript.core.gradient;

import dev.nnscript.core.network.Network;

/**
 * dL/dW and dL/db for every layer, each a flat array shaped like the layer's own: weights row-major
 * [outputs][inputs], biases [outputs].
 */
public final class Gradients {

    private final double[][] weights;
    private final double[][] biases;

    /** Zero gradients shaped like {@code network}'s parameters. */
    public Gradients(Network network) {
        int layers = network.layers().size();
        weights = new double[layers][];
        biases = new double[layers][];
        for (int l = 0; l < layers; l++) {
            weights[l] = new double[network.layer(l).weights().length];
            biases[l] = new double[network.layer(l).biases().length];
        }
    }

    public int layerCount() { return weights.length; }

    /** Layer l's dL/dW, row-major [outputs][inputs] (live). */
    public double[] weights(int layer) { return weights[layer]; }

    /** Layer l's dL/db, [outputs] (live). */
    public double[] biases(int layer) { return biases[layer]; }
}
