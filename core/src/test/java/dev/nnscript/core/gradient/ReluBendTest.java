package dev.nnscript.core.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ReLU-in-action network at dosage 0.5 puts its top hidden node exactly on ReLU's bend. */
class ReluBendTest {

    static Network reluInAction(Activation relu) {
        DenseLayer hidden = DenseLayer.of(1, new double[] {1.70, 12.6}, new double[] {-0.85, 0.0},
                new Activation[] {relu, relu});
        DenseLayer output = DenseLayer.of(2, new double[] {-40.8, 2.70}, new double[] {-16},
                new Activation[] {relu});
        return new Network("relu in action", List.of("dosage"), List.of("effectiveness"),
                List.of(hidden, output));
    }

    private static final double[] HALF = {0.5};
    private static final double[] TARGET = {0.0};

    @Test
    void theDerivativeAtZeroSettingDecidesTheTopNodesGradient() {
        Backpropagation zero = new Backpropagation(reluInAction(Activations.RELU), 1);
        zero.compute(HALF, TARGET, 1, Losses.SSR);
        Backpropagation one = new Backpropagation(reluInAction(new Activations.Relu(1.0)), 1);
        one.compute(HALF, TARGET, 1, Losses.SSR);
        assertEquals(0.0, zero.gradients().weights(0)[0], 0.0);
        // dSSR/dw1 = 2 (1.01 - 0) * (-40.8) * 1 * 0.5 with relu'(0) = 1.
        assertEquals(2 * 1.0100000000000016 * -40.8 * 0.5, one.gradients().weights(0)[0], 1e-12);
        assertEquals(zero.gradients().weights(0)[1], one.gradients().weights(0)[1], 0.0,
                "the bottom node is far from its bend");
    }

    @Test
    void theCheckerReportsTheTopNodeOnTheBendInsteadOfWrong() {
        GradientCheckReport report = GradientCheck.check(reluInAction(Activations.RELU), HALF, TARGET, 1,
                Losses.SSR, 1e-6, 1e-6);
        List<ParameterCheck> onBend = report.withStatus(ParameterCheck.Status.ON_BEND);
        assertEquals(2, onBend.size(), onBend::toString);
        assertTrue(onBend.stream().allMatch(p -> p.layer() == 0 && p.index() == 0), onBend::toString);
        assertTrue(report.passed(), report::toString);
        assertNotEquals(onBend.get(0).analytic(), onBend.get(0).numeric(), "central differences see both sides");
        assertEquals(5, report.withStatus(ParameterCheck.Status.OK).size());
    }

    @Test
    void theCheckerCallsAWrongGradientAMismatch() {
        Network net = reluInAction(Activations.RELU);
        GradientCheckReport report = GradientCheck.check(net, HALF, TARGET, 1,
                new HalvedGradientSsr(), 1e-6, 1e-6);
        assertTrue(!report.passed());
        assertEquals("layer 2 node 1 bias", report.withStatus(ParameterCheck.Status.MISMATCH).stream()
                .filter(p -> p.layer() == 1 && p.isBias()).findFirst().orElseThrow().describe(2));
    }

    /** SSR with a deliberately wrong gradient, to show the checker can fail. */
    private static final class HalvedGradientSsr implements dev.nnscript.core.loss.Loss {
        public String name() { return "broken"; }
        public double value(double[] z, double[] a, double[] y, int rows, int width) {
            return Losses.SSR.value(z, a, y, rows, width);
        }
        public void gradient(double[] z, double[] a, double[] y, int rows, int width, double[] gradient) {
            Losses.SSR.gradient(z, a, y, rows, width, gradient);
            gradient[0] *= 0.5;
        }
    }
}
