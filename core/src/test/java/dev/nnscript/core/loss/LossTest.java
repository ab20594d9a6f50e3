package dev.nnscript.core.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.activation.Softmax;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LossTest {

    private static double[] softmax(double... z) {
        double[] a = new double[z.length];
        Softmax.apply(z, a, 0, z.length);
        return a;
    }

    @Test
    void crossEntropyIsFiniteAndExactForLogitsOfSize700() {
        double[] z = {700, -700};
        double[] a = softmax(z);
        assertEquals(0.0, a[1], 0.0, "softmax underflows");
        // The true class has the huge logit: loss log(1 + e^-1400), which is 0 in doubles.
        assertEquals(0.0, Losses.CROSS_ENTROPY.value(z, a, new double[] {1, 0}, 1, 2), 0.0);
        // The true class has the tiny logit: loss 1400 exactly, though its probability is 0.
        assertEquals(1400.0, Losses.CROSS_ENTROPY.value(z, a, new double[] {0, 1}, 1, 2), 0.0);
        double[] gradient = new double[2];
        Losses.CROSS_ENTROPY.gradient(z, a, new double[] {0, 1}, 1, 2, gradient);
        assertArrayEquals(new double[] {1, -1}, gradient, 0.0);
    }

    @Test
    void crossEntropyAveragesOverRows() {
        double[] z = {0, 0, Math.log(3), 0};
        double[] a = new double[4];
        Softmax.apply(z, a, 0, 2);
        Softmax.apply(z, a, 2, 2);
        double loss = Losses.CROSS_ENTROPY.value(z, a, new double[] {1, 0, 1, 0}, 2, 2);
        assertEquals((Math.log(2) + Math.log(4.0 / 3.0)) / 2, loss, 1e-15);
    }

    @Test
    void binaryCrossEntropyStaysFiniteAtZeroAndOne() {
        double[] a = {0.0, 1.0, 0.0, 1.0};
        double[] y = {1.0, 0.0, 0.0, 1.0};
        assertEquals(50.0, Losses.BINARY_CROSS_ENTROPY.value(null, a, y, 1, 4), 0.0,
                "two clamped logs of -100 and two exact zeros, averaged over 4");
        double[] gradient = new double[4];
        Losses.BINARY_CROSS_ENTROPY.gradient(null, a, y, 1, 4, gradient);
        assertTrue(Arrays.stream(gradient).allMatch(Double::isFinite), Arrays.toString(gradient));
        assertTrue(gradient[0] < 0 && gradient[1] > 0, "pushes the outputs toward their targets");
    }

    @Test
    void binaryCrossEntropyMatchesTheFormulaInside() {
        double loss = Losses.BINARY_CROSS_ENTROPY.value(null, new double[] {0.8}, new double[] {1}, 1, 1);
        assertEquals(-Math.log(0.8), loss, 1e-15);
    }

    @Test
    void ssrMseAndMaeOnOneBatch() {
        double[] a = {1, 2, 3, 5};
        double[] y = {1, 0, 4, 5};
        assertEquals(5.0, Losses.SSR.value(null, a, y, 2, 2), 0.0);
        assertEquals(1.25, Losses.MSE.value(null, a, y, 2, 2), 0.0);
        assertEquals(0.75, Losses.MAE.value(null, a, y, 2, 2), 0.0);
        double[] gradient = new double[4];
        Losses.MAE.gradient(null, a, y, 2, 2, gradient);
        assertArrayEquals(new double[] {0, 0.25, -0.25, 0}, gradient, 0.0);
        Losses.SSR.gradient(null, a, y, 2, 2, gradient);
        assertArrayEquals(new double[] {0, 4, -2, 0}, gradient, 0.0);
    }

    @Test
    void everyNameFindsItsLoss() {
        for (String name : Losses.NAMES) {
            assertEquals(name, Losses.byName(name).orElseThrow().name());
        }
        assertTrue(Losses.byName("hinge").isEmpty());
    }
}
