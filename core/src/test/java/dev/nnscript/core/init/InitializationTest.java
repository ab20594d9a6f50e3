package dev.nnscript.core.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InitializationTest {

    private static Network wide(Initializer init, long seed) {
        Network net = new Network(null, List.of("x", "y"), List.of("o"), List.of(
                DenseLayer.uniform(2, 2000, Activations.RELU), DenseLayer.uniform(2000, 1, Activations.IDENTITY)));
        Initialization.fill(net, List.of(LayerUnknownMask.all(init, 2, 2000), LayerUnknownMask.all(init, 2000, 1)), seed);
        return net;
    }

    private static double variance(double[] v) {
        double mean = Arrays.stream(v).average().orElseThrow();
        return Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / v.length;
    }

    @Test
    void sameSeedSameBitsOtherSeedOtherBits() {
        assertEquals(wide(new Initializer.He(), 42), wide(new Initializer.He(), 42));
        assertFalse(wide(new Initializer.He(), 42).equals(wide(new Initializer.He(), 43)));
    }

    @Test
    void heAndXavierHaveTheirVariancesAndZeroBiases() {
        Network he = wide(new Initializer.He(), 1);
        assertEquals(2.0 / 2, variance(he.layer(0).weights()), 0.1);
        assertEquals(2.0 / 2000, variance(he.layer(1).weights()), 2e-4);
        assertTrue(Arrays.stream(he.layer(0).biases()).allMatch(b -> b == 0.0));
        Network xavier = wide(new Initializer.Xavier(), 1);
        assertEquals(2.0 / (2 + 2000), variance(xavier.layer(0).weights()), 1e-4);
        double bound = Math.sqrt(6.0 / 2002);
        assertTrue(Arrays.stream(xavier.layer(0).weights()).allMatch(w -> Math.abs(w) <= bound));
    }

    @Test
    void uniformAndNormalDrawBiasesToo() {
        Network uniform = wide(new Initializer.Uniform(-0.5, 0.25), 3);
        assertTrue(Arrays.stream(uniform.layer(0).biases()).allMatch(b -> b >= -0.5 && b < 0.25));
        assertEquals(-0.125, Arrays.stream(uniform.layer(0).weights()).average().orElseThrow(), 0.02);
        Network normal = wide(new Initializer.Normal(3, 0.1), 3);
        assertEquals(3.0, Arrays.stream(normal.layer(0).biases()).average().orElseThrow(), 0.01);
        assertEquals(0.01, variance(normal.layer(0).weights()), 0.001);
    }

    @Test
    void onlyUnknownsAreFilled() {
        Network net = new Network(null, List.of("x"), List.of("o1", "o2"), List.of(
                DenseLayer.of(1, new double[] {1.7, 12.6}, new double[] {-0.85, 0}, new Activations.Relu[] {
                        Activations.RELU, Activations.RELU})));
        Initialization.fill(net, List.of(new LayerUnknownMask(new Initializer.Uniform(5, 6),
                new boolean[] {false, true}, new boolean[] {true, false})), 0);
        assertEquals(1.7, net.layer(0).weights()[0], 0.0);
        assertTrue(net.layer(0).weights()[1] >= 5);
        assertTrue(net.layer(0).biases()[0] >= 5);
        assertArrayEquals(new double[] {0}, new double[] {net.layer(0).biases()[1]}, 0.0);
    }

    @Test
    void badSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Initializer.Uniform(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Initializer.Normal(0, -1));
        assertThrows(IllegalArgumentException.class, () -> Initialization.fill(wide(new Initializer.Zeros(), 0),
                List.of(), 0));
    }
}
