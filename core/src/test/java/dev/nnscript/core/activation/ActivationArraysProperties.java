package dev.nnscript.core.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Each kind's array loops (values, backward) give exactly the bits of its per-element calls. */
class ActivationArraysProperties {

    private static final List<Activation> ALL = List.of(Activations.IDENTITY, Activations.RELU,
            new Activations.Relu(1.0), Activations.LEAKY_RELU, Activations.SOFTPLUS, Activations.SIGMOID,
            Activations.TANH, Activations.ELU, Activations.GELU, Activations.SILU);

    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    /**
     * Ordinary values, the ReLU bend, the smallest subnormals, huge and non-finite values, and a
     * NaN with its sign bit set (x86 makes that one, for 0 times infinity and the like).
     */
    private static Gen<double[]> arrays() {
        Gen<Double> element = doubles().between(-50, 50).mix(Generate.pick(List.of(0.0, -0.0, Double.MIN_VALUE,
                -Double.MIN_VALUE, 1e300, -1e300, Double.NaN, NEGATIVE_NAN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
        return lists().of(element).ofSizeBetween(0, 12).map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Test
    void valuesEqualTheElementwiseCalls() {
        qt().forAll(Generate.pick(ALL), arrays()).checkAssert((f, z) -> {
            double[] expected = new double[z.length];
            for (int k = 0; k < z.length; k++) {
                expected[k] = f.value(z[k]);
            }
            double[] a = new double[z.length];
            f.values(z, a, z.length);
            assertArrayEquals(expected, a, f.name());
        });
    }

    @Test
    void backwardEqualsTheElementwiseCalls() {
        qt().forAll(Generate.pick(ALL), arrays(), arrays()).checkAssert((f, z, upstream) -> {
            int n = Math.min(z.length, upstream.length);
            double[] a = new double[n];
            double[] expected = new double[n];
            for (int k = 0; k < n; k++) {
                a[k] = f.value(z[k]);
                expected[k] = upstream[k] * f.derivative(z[k], a[k]);
            }
            double[] delta = upstream.clone();
            f.backward(z, a, delta, n);
            assertArrayEquals(expected, java.util.Arrays.copyOf(delta, n), f.name());
        });
    }
}
