package dev.nnscript.core.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Infinite logits give softmax's limit where there is one, NaN where overflow lost it. */
class SoftmaxInfinityTest {

    private static double[] softmax(double... z) {
        double[] a = new double[z.length];
        Softmax.apply(z, a, 0, z.length);
        return a;
    }

    @Test
    void positiveInfinityTakesAllTheProbability() {
        assertArrayEquals(new double[] {0, 1, 0}, softmax(3, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }

    /**
     * Logits 1e309 and 1.7e309 both overflow to +infinity: which is larger is lost, so no share can
     * be told (an even split would name a class that may be the wrong one). NaN, reported as an
     * overflow by whoever shows the outputs; a finite logit still gets 0.
     */
    @Test
    void tiedInfinitiesHaveNoLimit() {
        assertArrayEquals(new double[] {Double.NaN, 0, Double.NaN},
                softmax(Double.POSITIVE_INFINITY, 1e308, Double.POSITIVE_INFINITY));
        assertArrayEquals(new double[] {Double.NaN, Double.NaN},
                softmax(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertArrayEquals(new double[] {1}, softmax(Double.NEGATIVE_INFINITY), "one output is 1 whatever its logit");
    }

    @Test
    void aNanLogitStaysNan() {
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, softmax(Double.NaN, Double.POSITIVE_INFINITY));
    }
}
