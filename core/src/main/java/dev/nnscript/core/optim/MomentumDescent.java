package dev.nnscript.core.optim;

import dev.nnscript.core.network.Network;

/**
 * Momentum as PyTorch's SGD does it: v = m v + g, then p -= lr v, or with Nesterov
 * p -= lr (g + m v). v starts at 0.
 */
final class MomentumDescent extends ArrayOptimizer {

    private final double momentum;
    private final boolean nesterov;
    private final double[][] velocity;

    MomentumDescent(Network network, double momentum, boolean nesterov) {
        super(network);
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.velocity = stateLikeParameters();
    }

    @Override
    protected double update(int block, double[] p, double[] g, boolean[] frozen, double lr) {
        double[] v = velocity[block];
        double largest = 0.0;
        for (int k = 0; k < p.length; k++) {
            if (!isFrozen(frozen, k)) {
                v[k] = momentum * v[k] + g[k];
                double change = lr * (nesterov ? g[k] + momentum * v[k] : v[k]);
                p[k] -= change;
                largest = Math.max(largest, Math.abs(change));
            }
        }
        return largest;
    }
}
