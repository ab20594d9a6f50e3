package dev.nnscript.core.optim;

import dev.nnscript.core.gradient.Gradients;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;

/**
 * Walks a network's parameter arrays: two per layer, weights (block 2l) then biases (block 2l + 1),
 * so each optimizer only says how to update one array against its gradient and frozen mask. The
 * arrays and masks are looked up once, when the optimizer is built: a step walks plain arrays.
 */
abstract class ArrayOptimizer implements Optimizer {

    /** The live parameter arrays, by block. */
    private final double[][] parameters;
    /** Each block's frozen mask, or null when none of its parameters is frozen. */
    private final boolean[][] frozen;

    ArrayOptimizer(Network network) {
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

    @Override
    public final double step(Gradients gradients, double learningRate) {
        beginStep();
        double largest = 0.0;
        for (int block = 0; block < parameters.length; block++) {
            int layer = block >> 1;
            double[] gradient = (block & 1) == 0 ? gradients.weights(layer) : gradients.biases(layer);
            largest = Math.max(largest, update(block, parameters[block], gradient, frozen[block], learningRate));
        }
        return largest;
    }

    /** Called once before each step's updates (Adam counts steps). */
    protected void beginStep() {}

    /**
     * Updates {@code params} where {@code frozen} is false; returns the largest |change|.
     *
     * @param block 2 * layer for weights, 2 * layer + 1 for biases: the index of any state array
     * @param frozen the block's frozen mask, or null when nothing in it is frozen
     */
    protected abstract double update(int block, double[] params, double[] gradient, boolean[] frozen,
            double learningRate);

    /** One zero state array per parameter array, shaped like it. */
    protected final double[][] stateLikeParameters() {
        double[][] state = new double[parameters.length][];
        for (int block = 0; block < parameters.length; block++) {
            state[block] = new double[parameters[block].length];
        }
        return state;
    }

    /** True when parameter k of a block with mask {@code frozen} (null: none) is frozen. */
    protected static boolean isFrozen(boolean[] frozen, int k) {
        return frozen != null && frozen[k];
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
