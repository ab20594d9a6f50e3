package dev.nnscript.cli.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.cli.TestNetworks;
import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneInputCurvesTest {

    private final OneInputCurves curves = OneInputCurves.of(TestNetworks.reluInAction(), 0, 1, 201);

    @Test
    void labelsTheStatQuestDecomposition() {
        List<String> labels = curves.curves().stream().map(Curve::label).toList();
        assertEquals(List.of("node 1 × -40.8", "node 2 × 2.7", "sum + bias (-16)", "effectiveness = relu(sum)"), labels);
    }

    @Test
    void samplesTheWholeRangeIncludingTheBend() {
        assertEquals(201, curves.xs().length);
        assertEquals(0.0, curves.xs()[0]);
        assertEquals(0.5, curves.xs()[100]);
        assertEquals(1.0, curves.xs()[200]);
    }

    @Test
    void curvesAgreeWithADirectComputation() {
        Network network = TestNetworks.reluInAction();
        for (int i = 0; i < curves.xs().length; i++) {
            double x = curves.xs()[i];
            double blue = Math.max(0, x * 1.70 - 0.85) * -40.8;
            double orange = Math.max(0, x * 12.6) * 2.70;
            assertEquals(blue, curves.curves().get(0).ys()[i], 1e-12);
            assertEquals(orange, curves.curves().get(1).ys()[i], 1e-12);
            assertEquals(blue + orange - 16, curves.curves().get(2).ys()[i], 1e-12);
            assertEquals(network.predict(x)[0], curves.curves().get(3).ys()[i], 0.0);
        }
    }

    @Test
    void aNetworkWithoutHiddenLayersPlotsOnlyItsOutputs() {
        DenseLayer line = DenseLayer.of(1, new double[] {2}, new double[] {1}, new Activation[] {Activations.IDENTITY});
        Network network = new Network(null, List.of("x"), List.of("y"), List.of(line));
        OneInputCurves plotted = OneInputCurves.of(network, -1, 1, 3);
        assertEquals(1, plotted.curves().size());
        assertEquals("y", plotted.curves().get(0).label());
        assertEquals(3.0, plotted.curves().get(0).ys()[2]);
    }
}
