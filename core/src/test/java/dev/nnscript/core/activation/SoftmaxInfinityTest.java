package dev.nnscript.core.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Infinite logits give softmax's limit, not NaN. */
class SoftmaxInfinityTest {

    private static double[] softmax(double... z) {
        double[] a = new double[z.length];
        Softmax.apply(z, a, 0, z.length);
        return a;
    }

    @Test
    void positiveInfinityTakesAllTheProbability() {
        assertArrayEquals(new double[] {0, 1, 0}, softmax(3, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertArrayEquals(new double[] {0.5, 0, 0.5}, softmax(Double.POSITIVE_INFINITY, 1e308, Double.POSITIVE_INFINITY));
    }

    @Test
    void allNegativeInfinityIsUniform() {
        assertArrayEquals(new double[] {0.5, 0.5}, softmax(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }

    @Test
    void aNanLogitStaysNan() {
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, softmax(Double.NaN, Double.POSITIVE_INFINITY));
    }
}
