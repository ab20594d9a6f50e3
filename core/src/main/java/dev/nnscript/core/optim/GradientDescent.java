package dev.nnscript.core.optim;

import dev.nnscript.core.network.Network;

/** p -= lr * g. Full-batch gradient descent or mini-batch SGD, depending on the batch. */
final class GradientDescent extends ArrayOptimizer {

    GradientDescent(Network network) {
        super(network);
    }

    @Override
    protected double update(int block, double[] p, double[] g, boolean[] frozen, double lr) {
        if (frozen == null) {
            return updateAll(p, g, lr);
        }
        double largest = 0.0;
        for (int k = 0; k < p.length; k++) {
            if (!frozen[k]) {
                double change = lr * g[k];
                p[k] -= change;
                largest = Math.max(largest, Math.abs(change));
            }
        }
        return largest;
    }

    /** Every parameter trainable: the same loop without a mask to test, which runs about twice as fast. */
    private static double updateAll(double[] p, double[] g, double lr) {
        double largest = 0.0;
        for (int k = 0; k < p.length; k++) {
            double change = lr * g[k];
            p[k] -= change;
            largest = Math.max(largest, Math.abs(change));
        }
        return largest;
    }
}
