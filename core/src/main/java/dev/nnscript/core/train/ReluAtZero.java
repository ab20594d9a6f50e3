package dev.nnscript.core.train;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the training setting for ReLU's derivative at 0 by swapping in {@code Relu(value)}
 * activations on layers that share the original's arrays, so updates land in the original.
 */
final class ReluAtZero {

    private ReluAtZero() {}

    static Network apply(Network network, double derivativeAtZero) {
        List<DenseLayer> layers = new ArrayList<>();
        for (DenseLayer layer : network.layers()) {
            layers.add(layer.isSoftmax() ? layer : layer.withActivations(swap(layer, derivativeAtZero)));
        }
        return network.withLayers(layers);
    }

    private static Activation[] swap(DenseLayer layer, double derivativeAtZero) {
        Activation[] acts = new Activation[layer.outputs()];
        // One instance per layer, so a uniform layer stays uniform at a glance (the same object).
        Activation relu = new Activations.Relu(derivativeAtZero);
        for (int o = 0; o < acts.length; o++) {
            Activation a = layer.activation(o);
            acts[o] = a instanceof Activations.Relu ? relu : a;
        }
        return acts;
    }
}
