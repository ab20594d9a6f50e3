package dev.nnscript.core.optim;

import dev.nnscript.core.gradient.Gradients;
import dev.nnscript.core.network.Network;

/**
 * Walks a network's parameter blocks (see {@link ParameterBlocks}), so each optimizer with state
 * only says how to update one array against its gradient and frozen mask.
 */
abstract class ArrayOptimizer implements Optimizer {

    private final ParameterBlocks blocks;

    ArrayOptimizer(Network network) {
        this.blocks = new ParameterBlocks(network);
    }

    @Override
    public final double step(Gradients gradients, double learningRate) {
        beginStep();
        double largest = 0.0;
        for (int block = 0; block < blocks.parameters.length; block++) {
            largest = Math.max(largest, update(block, blocks.parameters[block], gradients.block(block),
                    blocks.frozen[block], learningRate));
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
        return blocks.zerosLikeParameters();
    }

    /** True when parameter k of a block with mask {@code frozen} (null: none) is frozen. */
    protected static boolean isFrozen(boolean[] frozen, int k) {
        return frozen != null && frozen[k];
    }
}
