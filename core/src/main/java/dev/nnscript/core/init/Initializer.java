package dev.nnscript.core.init;

import java.util.SplittableRandom;

/**
 * How to draw one layer's unknown parameters. Weights are drawn from the distribution; biases are
 * set to 0 by He, Xavier and zeros, and drawn from the distribution by uniform and normal (which
 * the user has sized on purpose).
 */
public sealed interface Initializer {

    /** The name as written in a {@code .nn} file. */
    String name();

    /** One weight for a layer with {@code fanIn} inputs and {@code fanOut} nodes. */
    double weight(SplittableRandom random, int fanIn, int fanOut);

    /** One bias. */
    double bias(SplittableRandom random);

    /** He (Kaiming) normal: N(0, 2 / fanIn), for ReLU-like layers. */
    record He() implements Initializer {
        public String name() { return "he"; }
        public double weight(SplittableRandom random, int fanIn, int fanOut) {
            return Gaussian.next(random) * Math.sqrt(2.0 / fanIn);
        }
        public double bias(SplittableRandom random) { return 0.0; }
    }

    /** Xavier (Glorot) uniform: U(-s, s) with s = sqrt(6 / (fanIn + fanOut)). */
    record Xavier() implements Initializer {
        public String name() { return "xavier"; }
        public double weight(SplittableRandom random, int fanIn, int fanOut) {
            double s = Math.sqrt(6.0 / (fanIn + fanOut));
            return -s + 2.0 * s * random.nextDouble();
        }
        public double bias(SplittableRandom random) { return 0.0; }
    }

    /** U(low, high) for weights and biases. */
    record Uniform(double low, double high) implements Initializer {
        public Uniform {
            // HIGH - LOW must be finite too, or a draw is Infinity or NaN.
            if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high) || !Double.isFinite(high - low)) {
                throw new IllegalArgumentException("uniform needs finite low < high, not " + low + ", " + high);
            }
        }
        public String name() { return "uniform"; }
        public double weight(SplittableRandom random, int fanIn, int fanOut) { return bias(random); }
        public double bias(SplittableRandom random) { return low + (high - low) * random.nextDouble(); }
    }

    /** N(mean, standardDeviation^2) for weights and biases. */
    record Normal(double mean, double standardDeviation) implements Initializer {
        public Normal {
            if (!Double.isFinite(mean) || !Double.isFinite(standardDeviation) || !(standardDeviation >= 0.0)) {
                throw new IllegalArgumentException("normal needs a finite mean and standard deviation >= 0, not "
                        + mean + ", " + standardDeviation);
            }
        }
        public String name() { return "normal"; }
        public double weight(SplittableRandom random, int fanIn, int fanOut) { return bias(random); }
        public double bias(SplittableRandom random) { return mean + standardDeviation * Gaussian.next(random); }
    }

    /** Every unknown becomes 0. */
    record Zeros() implements Initializer {
        public String name() { return "zeros"; }
        public double weight(SplittableRandom random, int fanIn, int fanOut) { return 0.0; }
        public double bias(SplittableRandom random) { return 0.0; }
    }
}
