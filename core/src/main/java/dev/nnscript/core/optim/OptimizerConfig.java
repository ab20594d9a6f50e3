package dev.nnscript.core.optim;

/**
 * Which optimizer to use, with its settings. Immutable and validated; the learning rate lives in
 * the training configuration.
 */
public sealed interface OptimizerConfig {

    /** The name as written in a {@code .nn} file: sgd, momentum, nesterov or adam. */
    String name();

    /** The learning rate the language uses when none is given: 0.1, or 0.001 for adam. */
    double defaultLearningRate();

    /**
     * Plain gradient descent: p -= lr * g. Full-batch gradient descent and mini-batch SGD are this
     * optimizer with different batch sizes.
     */
    record Sgd() implements OptimizerConfig {
        public String name() { return "sgd"; }
        public double defaultLearningRate() { return 0.1; }
    }

    /**
     * Momentum (PyTorch's form): v = m v + g; p -= lr v. With {@code nesterov}, p -= lr (g + m v).
     *
     * @param momentum m, in [0, 1)
     */
    record Momentum(double momentum, boolean nesterov) implements OptimizerConfig {
        public static final double DEFAULT_MOMENTUM = 0.9;

        public Momentum {
            if (!(momentum >= 0.0 && momentum < 1.0)) {
                throw new IllegalArgumentException("momentum must be at least 0 and below 1, not " + momentum);
            }
        }
        public String name() { return nesterov ? "nesterov" : "momentum"; }
        public double defaultLearningRate() { return 0.1; }
    }

    /**
     * Adam (Kingma and Ba): m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2;
     * p -= lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + epsilon).
     */
    record Adam(double beta1, double beta2, double epsilon) implements OptimizerConfig {
        public Adam {
            checkBeta("beta1", beta1);
            checkBeta("beta2", beta2);
            if (!(epsilon > 0.0) || !Double.isFinite(epsilon)) {
                throw new IllegalArgumentException("adam epsilon must be positive and finite, not " + epsilon);
            }
        }
        public String name() { return "adam"; }
        public double defaultLearningRate() { return 0.001; }

        private static void checkBeta(String what, double beta) {
            if (!(beta >= 0.0 && beta < 1.0)) {
                throw new IllegalArgumentException("adam " + what + " must be at least 0 and below 1, not " + beta);
            }
        }
    }

    static OptimizerConfig sgd() { return new Sgd(); }

    static OptimizerConfig momentum(double momentum) { return new Momentum(momentum, false); }

    static OptimizerConfig nesterov(double momentum) { return new Momentum(momentum, true); }

    /** Adam with the usual settings: beta1 0.9, beta2 0.999, epsilon 1e-8. */
    static OptimizerConfig adam() { return new Adam(0.9, 0.999, 1e-8); }
}
