package dev.nnscript.core.optim;

import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;

/**
 * A network's live parameter arrays by block, as {@link dev.nnscript.core.gradient.Gradients}
 * numbers them: layer l's weights are block 2l, its biases block 2l + 1. Each block has its frozen
 * mask, or null when none of its parameters is frozen. Looked up once, when an optimizer is built:
 * a step walks plain arrays.
 */
final class ParameterBlocks {

    final double[][] parameters;
    final boolean[][] frozen;

    ParameterBlocks(Network network) {
        int blocks = 2 * network.layers().size();
        this.parameters = new double[blocks][];
        this.frozen = new boolean[blocks][];
        for (int l = 0; l < network.layers().size(); l++) {
            DenseLayer layer = network.layer(l);
            parameters[2 * l] = layer.weights();
            parameters[2 * l + 1] = layer.biases();
            frozen[2 * l] = anyTrue(layer.frozenWeights()) ? layer.frozenWeights() : null;
            frozen[2 * l + 1] = anyTrue(layer.frozenBiases()) ? layer.frozenBiases() : null;
        }
    }

    /** One zero state array per parameter array, shaped like it. */
    double[][] zerosLikeParameters() {
        double[][] state = new double[parameters.length][];
        for (int block = 0; block < parameters.length; block++) {
            state[block] = new double[parameters[block].length];
        }
        return state;
    }

    private static boolean anyTrue(boolean[] mask) {
        for (boolean b : mask) {
            if (b) {
                return true;
            }
        }
        return false;
    }
}
