package dev.nnscript.core.activation;

import java.util.List;
import java.util.Optional;

/**
 * Every element-wise activation, each with its value and derivative side by side.
 *
 * <p>Names are those of the {@code .nn} language. Parameterised activations (leaky ReLU's slope,
 * ELU's alpha, ReLU's derivative at 0) are records, so two activations are equal when their
 * parameters are.
 */
public final class Activations {

    private Activations() {}

    /** The names the language accepts, including the whole-layer {@code softmax}. */
    public static final List<String> NAMES = List.of(
            "identity", "relu", "leaky_relu", "softplus", "sigmoid", "tanh", "elu", "gelu", "silu",
            Softmax.NAME);

    public static final Identity IDENTITY = new Identity();
    public static final Relu RELU = new Relu(0.0);
    public static final LeakyRelu LEAKY_RELU = new LeakyRelu(0.01);
    public static final Softplus SOFTPLUS = new Softplus();
    public static final Sigmoid SIGMOID = new Sigmoid();
    public static final Tanh TANH = new Tanh();
    public static final Elu ELU = new Elu(1.0);
    public static final Gelu GELU = new Gelu();
    public static final Silu SILU = new Silu();

    /**
     * The element-wise activation with this name and its default parameters, or empty for an
     * unknown name and for {@code softmax} (which is whole-layer).
     */
    public static Optional<Activation> byName(String name) {
        return Optional.ofNullable(switch (name) {
            case "identity" -> IDENTITY;
            case "relu" -> RELU;
            case "leaky_relu" -> LEAKY_RELU;
            case "softplus" -> SOFTPLUS;
            case "sigmoid" -> SIGMOID;
            case "tanh" -> TANH;
            case "elu" -> ELU;
            case "gelu" -> GELU;
            case "silu" -> SILU;
            default -> null;
        });
    }

    /** a = z. */
    public record Identity() implements Activation {
        public String name() { return "identity"; }
        public double value(double z) { return z; }
        public double derivative(double z, double a) { return 1.0; }

        @Override
        public void values(double[] z, double[] a, int n) {
            if (z != a) {
                System.arraycopy(z, 0, a, 0, n);
            }
        }

        /** Times 1.0 changes no bits, NaN and infinities included. */
        @Override
        public void backward(double[] z, double[] a, double[] delta, int n) {}
    }

    /**
     * a = max(0, z). The derivative at exactly 0 is a choice: 0 (PyTorch's, the default) or 1.
     */
    public record Relu(double derivativeAtZero) implements Activation {
        /** The bits of 1.0, the derivative for z &gt; 0. */
        private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);

        public Relu {
            if (derivativeAtZero != 0.0 && derivativeAtZero != 1.0) {
                throw new IllegalArgumentException(
                        "the ReLU derivative at 0 must be 0 or 1, not " + derivativeAtZero);
            }
        }
        public String name() { return "relu"; }
        public double value(double z) { return relu(z); }
        public double derivative(double z, double a) { return reluDerivative(z, derivativeAtZero); }

        /**
         * {@link #relu} without a branch on the sign: the sign of a hidden unit's z is a coin toss,
         * and a mispredicted branch costs more than the few instructions that avoid it. A z whose
         * sign bit is set has its bits masked to +0.0's; the NaN test left is almost never taken,
         * so it is predicted. Same bits as relu(z) for every z. {@code Math.max} would do the same
         * in C2's code, but in the client compiler's, which trains short runs, it stays a call
         * (figures in docs/speed.md).
         */
        @Override
        public void values(double[] z, double[] a, int n) {
            for (int k = 0; k < n; k++) {
                long bits = Double.doubleToRawLongBits(z[k]);
                double m = Double.longBitsToDouble(bits & ~(bits >> 63));
                a[k] = m == m ? m : 0.0;
            }
        }

        /**
         * delta times {@link #reluDerivative}, without a branch on the sign (see {@link #values}):
         * 1.0's bits masked to +0.0's when z's sign bit is set; then the predicted test for ±0 and
         * NaN, where the derivative is the chosen value at 0.
         */
        @Override
        public void backward(double[] z, double[] a, double[] delta, int n) {
            double atZero = derivativeAtZero;
            for (int k = 0; k < n; k++) {
                double zk = z[k];
                long bits = Double.doubleToRawLongBits(zk);
                double d = Double.longBitsToDouble(ONE_BITS & ~(bits >> 63));
                if ((bits << 1) == 0L || zk != zk) {
                    d = atZero;
                }
                delta[k] *= d;
            }
        }

        static double relu(double z) { return z > 0.0 ? z : 0.0; }
        static double reluDerivative(double z, double atZero) { return z > 0.0 ? 1.0 : z < 0.0 ? 0.0 : atZero; }
        public boolean isBend(double z) { return z == 0.0; }
    }

    /** a = z for z > 0, slope * z otherwise. The derivative at 0 is the slope. */
    public record LeakyRelu(double slope) implements Activation {
        public LeakyRelu {
            if (!Double.isFinite(slope)) {
                throw new IllegalArgumentException("the leaky ReLU slope must be finite, not " + slope);
            }
        }
        public String name() { return "leaky_relu"; }
        public double value(double z) { return z > 0.0 ? z : slope * z; }
        public double derivative(double z, double a) { return z > 0.0 ? 1.0 : slope; }
        public boolean isBend(double z) { return z == 0.0 && slope != 1.0; }
    }

    /**
     * a = ln(1 + e^z), computed as max(z, 0) + log1p(e^-|z|) so it neither overflows for large z
     * nor loses digits for very negative z. a' = sigmoid(z).
     */
    public record Softplus() implements Activation {
        public String name() { return "softplus"; }
        public double value(double z) { return softplus(z); }
        public double derivative(double z, double a) { return Sigmoid.sigmoid(z); }

        @Override
        public void values(double[] z, double[] a, int n) {
            for (int k = 0; k < n; k++) {
                a[k] = softplus(z[k]);
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] delta, int n) {
            for (int k = 0; k < n; k++) {
                delta[k] *= Sigmoid.sigmoid(z[k]);
            }
        }

        /**
         * max(z, 0) as a comparison: the same value for every z (NaN, -0 too), inlined by the client
         * compiler. {@code StrictMath.log1p} is what {@code Math.log1p} calls in Java 17 (the same bits,
         * one call less while interpreted), and it gives fdlibm's bits on every JVM.
         */
        static double softplus(double z) { return (z > 0.0 ? z : 0.0) + StrictMath.log1p(Math.exp(-Math.abs(z))); }
    }

    /** a = 1 / (1 + e^-z). a' = a (1 - a). */
    public record Sigmoid() implements Activation {
        public String name() { return "sigmoid"; }
        public double value(double z) { return sigmoid(z); }
        public double derivative(double z, double a) { return sigmoidDerivative(a); }

        @Override
        public void values(double[] z, double[] a, int n) {
            for (int k = 0; k < n; k++) {
                a[k] = sigmoid(z[k]);
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] delta, int n) {
            for (int k = 0; k < n; k++) {
                delta[k] *= sigmoidDerivative(a[k]);
            }
        }

        static double sigmoidDerivative(double a) { return a * (1.0 - a); }

        /** Stable for large |z|: never computes e^z for a large positive z. */
        static double sigmoid(double z) {
            if (z >= 0.0) {
                return 1.0 / (1.0 + Math.exp(-z));
            }
            double e = Math.exp(z);
            return e / (1.0 + e);
        }
    }

    /** a = tanh(z). a' = 1 - a^2. */
    public record Tanh() implements Activation {
        public String name() { return "tanh"; }
        public double value(double z) { return Math.tanh(z); }
        public double derivative(double z, double a) { return tanhDerivative(a); }

        @Override
        public void backward(double[] z, double[] a, double[] delta, int n) {
            for (int k = 0; k < n; k++) {
                delta[k] *= tanhDerivative(a[k]);
            }
        }

        static double tanhDerivative(double a) { return 1.0 - a * a; }
    }

    /** a = z for z > 0, alpha (e^z - 1) otherwise. a' = 1 for z > 0, a + alpha otherwise. */
    public record Elu(double alpha) implements Activation {
        public Elu {
            if (!(alpha > 0.0) || !Double.isFinite(alpha)) {
                throw new IllegalArgumentException("the ELU alpha must be positive and finite, not " + alpha);
            }
        }
        public String name() { return "elu"; }
        public double value(double z) { return z > 0.0 ? z : alpha * Math.expm1(z); }
        public double derivative(double z, double a) { return z > 0.0 ? 1.0 : a + alpha; }
        public boolean isBend(double z) { return z == 0.0 && alpha != 1.0; }
    }

    /**
     * a = z Phi(z), with Phi the standard normal distribution function (the exact GELU, as PyTorch's
     * default). a' = Phi(z) + z phi(z).
     */
    public record Gelu() implements Activation {
        public String name() { return "gelu"; }
        public double value(double z) { return z * Normal.cdf(z); }
        public double derivative(double z, double a) { return Normal.cdf(z) + z * Normal.pdf(z); }
    }

    /** a = z sigmoid(z). a' = s + z s (1 - s) with s = sigmoid(z). */
    public record Silu() implements Activation {
        public String name() { return "silu"; }
        public double value(double z) { return z * Sigmoid.sigmoid(z); }
        public double derivative(double z, double a) {
            double s = Sigmoid.sigmoid(z);
            return s + z * s * (1.0 - s);
        }
    }
}
