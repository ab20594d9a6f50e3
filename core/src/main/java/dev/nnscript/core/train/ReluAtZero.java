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
        if (!changes(network, derivativeAtZero)) {
            return network; // nothing to swap: no new layers to build before a cold run's first step
        }
        List<DenseLayer> layers = new ArrayList<>();
        for (DenseLayer layer : network.layers()) {
            layers.add(layer.isSoftmax() ? layer : layer.withActivations(swap(layer, derivativeAtZero)));
        }
        return network.withLayers(layers);
    }

    /** True when some ReLU of the network has another derivative at 0 (compared bit for bit). */
    private static boolean changes(Network network, double derivativeAtZero) {
        for (int l = 0; l < network.layers().size(); l++) {
            DenseLayer layer = network.layer(l);
            for (int o = 0; !layer.isSoftmax() && o < layer.outputs(); o++) {
                if (layer.activation(o) instanceof Activations.Relu relu
                        && Double.compare(relu.derivativeAtZero(), derivativeAtZero) != 0) {
                    return true;
                }
            }
        }
        return false;
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
