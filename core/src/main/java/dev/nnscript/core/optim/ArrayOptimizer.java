package dev.nnscript.core.optim;

import dev.nnscript.core.gradient.Gradients;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;

/**
 * Walks a network's parameter arrays: two per layer, weights (block 2l) then biases (block 2l + 1),
 * so each optimizer only says how to update one array against its gradient and frozen mask.
 */
abstract class ArrayOptimizer implements Optimizer {

    protected final Network network;

    ArrayOptimizer(Network network) {
        this.network = network;
    }

    @Override
    public final double step(Gradients gradients, double learningRate) {
        beginStep();
        double largest = 0.0;
        for (int l = 0; l < network.layers().size(); l++) {
            DenseLayer layer = network.layer(l);
            largest = Math.max(largest, update(2 * l, layer.weights(), gradients.weights(l),
                    layer.frozenWeights(), learningRate));
            largest = Math.max(largest, update(2 * l + 1, layer.biases(), gradients.biases(l),
                    layer.frozenBiases(), learningRate));
        }
        return largest;
    }

    /** Called once before each step's updates (Adam counts steps). */
    protected void beginStep() {}

    /**
     * Updates {@code params} where {@code frozen} is false; returns the largest |change|.
     *
     * @param block 2 * layer for weights, 2 * layer + 1 for biases: the index of any state array
     */
    protected abstract double update(int block, double[] params, double[] gradient, boolean[] frozen,
            double learningRate);

    /** One zero state array per parameter array, shaped like it. */
    protected final double[][] stateLikeParameters() {
        double[][] state = new double[2 * network.layers().size()][];
        for (int l = 0; l < network.layers().size(); l++) {
            state[2 * l] = new double[network.layer(l).weights().length];
            state[2 * l + 1] = new double[network.layer(l).biases().length];
        }
        return state;
    }
}
