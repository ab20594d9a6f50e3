package dev.nnscript.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.gradient.Gradients;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two updates by hand for each optimizer, on one weight (gradient 2) and one frozen bias. */
class OptimizerTest {

    private final Network net = new Network(null, List.of("x"), List.of("y"), List.of(
            DenseLayer.of(1, new double[] {1.0}, new double[] {5.0}, new Activations.Identity[] {Activations.IDENTITY})
                    .withFrozen(new boolean[] {false}, new boolean[] {true})));
    private final Gradients gradients = new Gradients(net);

    private double[] twoSteps(OptimizerConfig config, double learningRate) {
        gradients.weights(0)[0] = 2.0;
        gradients.biases(0)[0] = 2.0;
        Optimizer optimizer = Optimizer.create(config, net);
        double first = optimizer.step(gradients, learningRate);
        double afterFirst = net.layer(0).weights()[0];
        double second = optimizer.step(gradients, learningRate);
        assertEquals(5.0, net.layer(0).biases()[0], 0.0, "the frozen bias stays");
        return new double[] {afterFirst, net.layer(0).weights()[0], first, second};
    }

    @Test
    void gradientDescentStepsByLearningRateTimesGradient() {
        double[] r = twoSteps(OptimizerConfig.sgd(), 0.1);
        assertEquals(0.8, r[0], 1e-15);
        assertEquals(0.6, r[1], 1e-15);
        assertEquals(0.2, r[2], 1e-15);
    }

    @Test
    void momentumAccumulatesVelocity() {
        double[] r = twoSteps(OptimizerConfig.momentum(0.5), 0.1);
        assertEquals(0.8, r[0], 1e-15); // v = 2
        assertEquals(0.5, r[1], 1e-15); // v = 0.5 * 2 + 2 = 3
        assertEquals(0.3, r[3], 1e-15);
    }

    @Test
    void nesterovLooksAhead() {
        double[] r = twoSteps(OptimizerConfig.nesterov(0.5), 0.1);
        assertEquals(0.7, r[0], 1e-15);  // 0.1 (2 + 0.5 * 2)
        assertEquals(0.35, r[1], 1e-15); // 0.1 (2 + 0.5 * 3)
    }

    @Test
    void adamStepsAboutTheLearningRateForASteadyGradient() {
        double[] r = twoSteps(OptimizerConfig.adam(), 0.01);
        assertEquals(1.0 - 0.01 * 2 / (2 + 1e-8), r[0], 1e-15);
        assertEquals(r[0] - 0.01 * 2 / (2 + 1e-8), r[1], 1e-15);
    }

    @Test
    void settingsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> OptimizerConfig.momentum(1.0));
        assertThrows(IllegalArgumentException.class, () -> new OptimizerConfig.Adam(0.9, 1.0, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new OptimizerConfig.Adam(0.9, 0.999, 0));
        assertEquals(0.001, OptimizerConfig.adam().defaultLearningRate(), 0.0);
        assertEquals("nesterov", OptimizerConfig.nesterov(0.9).name());
    }
}
