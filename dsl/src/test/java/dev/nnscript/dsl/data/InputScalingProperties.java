package dev.nnscript.dsl.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.script.InitChoice;
import dev.nnscript.dsl.script.LayerUnknowns;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Min-max scaling folded into the first layer gives the same outputs as scaling the inputs. */
class InputScalingProperties {

    /** Random rows (3 inputs at different scales, one constant) and a random 3-2-1 tanh network. */
    private record Case(Dataset rows, Network network) {}

    private static Case randomCase(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 + random.nextInt(20);
        double[] x = new double[n * 3];
        for (int r = 0; r < n; r++) {
            x[r * 3] = random.nextDouble(-1000, 1000);
            x[r * 3 + 1] = random.nextDouble(0.001, 0.002);
            x[r * 3 + 2] = 42.0;
        }
        Dataset rows = new Dataset(x, new double[n], n, 3, 1);
        double[] w1 = random.doubles(6, -2, 2).toArray();
        double[] w2 = random.doubles(2, -2, 2).toArray();
        Network net = new Network(null, List.of("a", "b", "c"), List.of("y"), List.of(
                DenseLayer.of(3, w1, random.doubles(2, -1, 1).toArray(), new Activation[] {Activations.TANH, Activations.TANH}),
                DenseLayer.of(2, w2, new double[] {0.1}, new Activation[] {Activations.IDENTITY})));
        return new Case(rows, net);
    }

    private static LayerUnknowns noneUnknown(Network net) {
        DenseLayer first = net.layer(0);
        return new LayerUnknowns(InitChoice.defaultFor(first), new boolean[first.weights().length],
                new boolean[first.biases().length]);
    }

    private static void assertSameOutputs(Network expected, double[] expectedInputs, Network actual,
            double[] actualInputs, int rows) {
        for (int r = 0; r < rows; r++) {
            double want = expected.predict(java.util.Arrays.copyOfRange(expectedInputs, r * 3, r * 3 + 3))[0];
            double got = actual.predict(java.util.Arrays.copyOfRange(actualInputs, r * 3, r * 3 + 3))[0];
            assertEquals(want, got, 1e-9 * (1 + Math.abs(want)));
        }
    }

    @Test
    void theScaledNetworkOnScaledRowsGivesTheRawNetworkOnRawRows() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Case c = randomCase(seed);
            InputScaling scaling = InputScaling.minMaxOf(c.rows());
            Network scaled = scaling.toScaledInputs(c.network(), noneUnknown(c.network()));
            assertSameOutputs(c.network(), c.rows().inputs(), scaled, scaling.scale(c.rows()).inputs(), c.rows().rows());
            Network back = scaling.toRawInputs(scaled);
            assertSameOutputs(c.network(), c.rows().inputs(), back, c.rows().inputs(), c.rows().rows());
        });
    }

    @Test
    void scaledTrainingRowsLieIn0To1AndConstantColumnsStayAsTheyAre() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Case c = randomCase(seed);
            InputScaling scaling = InputScaling.minMaxOf(c.rows());
            double[] u = scaling.scale(c.rows()).inputs();
            for (int k = 0; k < u.length; k++) {
                double v = u[k];
                assertTrue(k % 3 == 2 ? v == 42.0 : v >= 0.0 && v <= 1.0, () -> "value " + v);
            }
            assertEquals(0.0, scaling.minimums()[2]);
            assertEquals(1.0, scaling.ranges()[2]);
        });
    }

    @Test
    void theFormulasOnOneNode() {
        // x1 in [2, 6], x2 in [-1, 1]: w' = w / range, b' = b - sum w min / range.
        Dataset rows = new Dataset(new double[] {2, -1, 6, 1}, new double[] {0, 0}, 2, 2, 1);
        InputScaling scaling = InputScaling.minMaxOf(rows);
        Network scaled = new Network(null, List.of("a", "b"), List.of("y"), List.of(
                DenseLayer.of(2, new double[] {4, 2}, new double[] {1}, new Activation[] {Activations.IDENTITY})));
        Network raw = scaling.toRawInputs(scaled);
        assertArrayEquals(new double[] {1, 1}, raw.layer(0).weights());
        assertArrayEquals(new double[] {1 - 4 * 2 / 4.0 - 2 * -1 / 2.0}, raw.layer(0).biases());
    }

    @Test
    void unknownFirstLayerParametersAreKeptAsDrawnForScaledInputs() {
        Dataset rows = new Dataset(new double[] {0, 10}, new double[] {0, 0}, 2, 1, 1);
        Network raw = new Network(null, List.of("a"), List.of("y"), List.of(
                DenseLayer.of(1, new double[] {0.37}, new double[] {0.5}, new Activation[] {Activations.IDENTITY})));
        LayerUnknowns unknownWeight = new LayerUnknowns(InitChoice.defaultFor(raw.layer(0)), new boolean[] {true},
                new boolean[] {false});
        Network scaled = InputScaling.minMaxOf(rows).toScaledInputs(raw, unknownWeight);
        assertEquals(0.37, scaled.layer(0).weights()[0]);
        assertEquals(0.5, scaled.layer(0).biases()[0]);
    }
}
