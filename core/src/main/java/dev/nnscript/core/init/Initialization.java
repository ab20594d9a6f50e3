package dev.nnscript.core.init;

import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.List;
import java.util.SplittableRandom;

/** Fills a network's unknown parameters from a seed. */
public final class Initialization {

    private Initialization() {}

    /**
     * Writes a value into every parameter marked unknown, in place; known parameters are untouched.
     * Each layer draws from its own stream split off one {@code SplittableRandom(seed)} in layer
     * order, weights first (row-major), then biases: the same seed gives the same bits, and a layer's
     * values do not depend on how many unknowns the layers before it have.
     *
     * @param unknowns one entry per layer, masks shaped like that layer's arrays
     */
    public static void fill(Network network, List<LayerUnknownMask> unknowns, long seed) {
        if (unknowns.size() != network.layers().size()) {
            throw new IllegalArgumentException("expected unknowns for " + network.layers().size()
                    + " layers, got " + unknowns.size());
        }
        SplittableRandom root = new SplittableRandom(seed);
        for (int l = 0; l < unknowns.size(); l++) {
            fillLayer(network.layer(l), unknowns.get(l), root.split());
        }
    }

    private static void fillLayer(DenseLayer layer, LayerUnknownMask unknowns, SplittableRandom random) {
        double[] w = layer.weights();
        double[] b = layer.biases();
        if (unknowns.weights().length != w.length || unknowns.biases().length != b.length) {
            throw new IllegalArgumentException("unknown masks do not match " + layer);
        }
        Initializer init = unknowns.initializer();
        for (int k = 0; k < w.length; k++) {
            if (unknowns.weights()[k]) {
                w[k] = init.weight(random, layer.inputs(), layer.outputs());
            }
        }
        for (int k = 0; k < b.length; k++) {
            if (unknowns.biases()[k]) {
                b[k] = init.bias(random);
            }
        }
    }
}
