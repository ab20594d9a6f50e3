package dev.nnscript.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.gradient.Gradients;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Plain gradient descent takes a mask-free loop through blocks with nothing frozen: it must change
 * the same parameters by the same bits, and report the same largest step (NaN included), as the
 * masked loop does.
 */
class GradientDescentProperties {

    /** A 1-input layer of {@code n} identity nodes: weights and biases are two blocks of n. */
    private static Network layerOf(double[] weights, double[] biases, boolean[] frozenBiases) {
        DenseLayer layer = DenseLayer.uniform(1, weights.length, Activations.IDENTITY);
        System.arraycopy(weights, 0, layer.weights(), 0, weights.length);
        System.arraycopy(biases, 0, layer.biases(), 0, biases.length);
        return new Network(null, List.of("x"), List.of(names(weights.length)),
                List.of(layer.withFrozen(new boolean[weights.length], frozenBiases)));
    }

    private static String[] names(int n) {
        String[] names = new String[n];
        for (int k = 0; k < n; k++) {
            names[k] = "y" + k;
        }
        return names;
    }

    @Test
    void theMaskFreeLoopMatchesTheMaskedOne() {
        qt().forAll(integers().between(1, 40), longs().all()).checkAssert((n, seed) -> {
            SplittableRandom random = new SplittableRandom(seed);
            double[] start = new double[n];
            double[] gradient = new double[n];
            for (int k = 0; k < n; k++) {
                start[k] = random.nextDouble(-3, 3);
                gradient[k] = random.nextInt(8) == 0 ? -0.0 : random.nextDouble(-5, 5);
            }
            // Weights: nothing frozen (mask-free loop). Biases: the last one frozen (masked loop).
            boolean[] lastFrozen = new boolean[n];
            lastFrozen[n - 1] = true;
            Network net = layerOf(start, start, lastFrozen);
            Gradients g = new Gradients(net);
            System.arraycopy(gradient, 0, g.weights(0), 0, n);
            System.arraycopy(gradient, 0, g.biases(0), 0, n);
            double largest = Optimizer.create(OptimizerConfig.sgd(), net).step(g, 0.3);
            double[] biases = net.layer(0).biases();
            assertEquals(start[n - 1], biases[n - 1], 0.0, "frozen");
            for (int k = 0; k < n - 1; k++) {
                assertEquals(Double.doubleToRawLongBits(biases[k]), Double.doubleToRawLongBits(net.layer(0).weights()[k]));
            }
            double expected = 0.0;
            for (int k = 0; k < n; k++) {
                expected = Math.max(expected, Math.abs(0.3 * gradient[k]));
            }
            assertEquals(expected, largest, 0.0);
        });
    }

    @Test
    void aNaNGradientMakesTheLargestStepNaN() {
        Network net = layerOf(new double[] {1, 2, 3, 4, 5}, new double[5], new boolean[5]);
        Gradients g = new Gradients(net);
        g.weights(0)[2] = Double.NaN;
        g.weights(0)[4] = 1e300;
        double largest = Optimizer.create(OptimizerConfig.sgd(), net).step(g, 0.1);
        assertTrue(Double.isNaN(largest), "largest " + largest);
        assertArrayEquals(new double[] {1, 2, Double.NaN, 4, 5 - 0.1 * 1e300}, net.layer(0).weights(), 0.0);
    }
}
