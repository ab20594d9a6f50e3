package dev.nnscript.core.optim;

import dev.nnscript.core.network.Network;

/**
 * Adam: m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2; with bias corrections c1 = 1 - b1^t and
 * c2 = 1 - b2^t at step t (from 1), p -= lr (m / c1) / (sqrt(v / c2) + epsilon).
 */
final class AdamOptimizer extends ArrayOptimizer {

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[][] firstMoment;
    private final double[][] secondMoment;
    private long t;
    private double correction1;
    private double correction2;

    AdamOptimizer(Network network, double beta1, double beta2, double epsilon) {
        super(network);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.firstMoment = stateLikeParameters();
        this.secondMoment = stateLikeParameters();
    }

    @Override
    protected void beginStep() {
        t++;
        correction1 = 1.0 - Math.pow(beta1, t);
        correction2 = 1.0 - Math.pow(beta2, t);
    }

    @Override
    protected double update(int block, double[] p, double[] g, boolean[] frozen, double lr) {
        double[] m = firstMoment[block];
        double[] v = secondMoment[block];
        double largest = 0.0;
        for (int k = 0; k < p.length; k++) {
            if (!isFrozen(frozen, k)) {
                m[k] = beta1 * m[k] + (1.0 - beta1) * g[k];
                v[k] = beta2 * v[k] + (1.0 - beta2) * g[k] * g[k];
                double change = lr * (m[k] / correction1) / (Math.sqrt(v[k] / correction2) + epsilon);
                p[k] -= change;
                largest = Math.max(largest, Math.abs(change));
            }
        }
        return largest;
    }
}
