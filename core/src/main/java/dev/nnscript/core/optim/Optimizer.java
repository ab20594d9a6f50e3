package dev.nnscript.core.optim;

import dev.nnscript.core.gradient.Gradients;
import dev.nnscript.core.network.Network;

/**
 * A stateful updater for one network's parameters, built once by {@link #create}. Parameters marked
 * frozen in the layers' masks are never changed; the masks are read when the optimizer is built.
 */
public interface Optimizer {

    /**
     * Updates every trainable parameter of the network in place from {@code gradients} (shaped like
     * the network's arrays). Allocates nothing.
     *
     * @return the largest |change| made to any trainable parameter (0 when none is trainable)
     */
    double step(Gradients gradients, double learningRate);

    /** A fresh optimizer (zero state) for {@code network}. */
    static Optimizer create(OptimizerConfig config, Network network) {
        if (config instanceof OptimizerConfig.Sgd) {
            return new GradientDescent(network);
        }
        if (config instanceof OptimizerConfig.Momentum m) {
            return new MomentumDescent(network, m.momentum(), m.nesterov());
        }
        OptimizerConfig.Adam a = (OptimizerConfig.Adam) config;
        return new AdamOptimizer(network, a.beta1(), a.beta2(), a.epsilon());
    }
}
