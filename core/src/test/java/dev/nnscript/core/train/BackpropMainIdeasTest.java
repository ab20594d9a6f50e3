package dev.nnscript.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.gradient.Backpropagation;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.loss.Losses;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * StatQuest, "Backpropagation Main Ideas" and "Backpropagation Details": a softplus network with
 * one input, two hidden nodes and an identity output, fitted to (0, 0), (0.5, 1), (1, 0).
 */
class BackpropMainIdeasTest {

    static final Dataset DOSAGES = Dataset.of(new double[][] {{0}, {0.5}, {1}}, new double[][] {{0}, {1}, {0}});

    static Network network(double w1, double b1, double w2, double b2, double w3, double w4, double b3) {
        Activation softplus = Activations.SOFTPLUS;
        DenseLayer hidden = DenseLayer.of(1, new double[] {w1, w2}, new double[] {b1, b2},
                new Activation[] {softplus, softplus});
        DenseLayer output = DenseLayer.of(2, new double[] {w3, w4}, new double[] {b3},
                new Activation[] {Activations.IDENTITY});
        return new Network("backprop main ideas", List.of("dosage"), List.of("effectiveness"),
                List.of(hidden, output));
    }

    static Network mainIdeas(double b3) {
        return network(3.34, -1.43, -3.53, 0.57, -1.22, -2.30, b3);
    }

    /** Every parameter frozen except the final bias. */
    static Network onlyFinalBiasTrainable(Network net) {
        DenseLayer hidden = net.layer(0).withFrozen(new boolean[] {true, true}, new boolean[] {true, true});
        DenseLayer output = net.layer(1).withFrozen(new boolean[] {true, true}, new boolean[] {false});
        return net.withLayers(List.of(hidden, output));
    }

    @Test
    void ssrWithFinalBiasZeroIs20Point42AndItsSlopeMinus15Point66() {
        Backpropagation backprop = new Backpropagation(mainIdeas(0.0), 3);
        double ssr = backprop.compute(DOSAGES.inputs(), DOSAGES.targets(), 3, Losses.SSR);
        assertEquals(20.42, ssr, 0.005);
        assertEquals(-15.66, backprop.gradients().biases(1)[0], 0.005);
    }

    @Test
    void trainingOnlyTheFinalBiasReaches2Point61WithinTenSteps() {
        TrainingConfig config = TrainingConfig.defaults().withLearningRate(0.1).withMinStepSize(0.001);
        TrainingResult result = Trainer.train(onlyFinalBiasTrainable(mainIdeas(0.0)), DOSAGES, config,
                ProgressListener.NONE);
        assertEquals(StopReason.STEP_SIZE_BELOW_THRESHOLD, result.reason());
        assertTrue(result.steps() <= 10, "took " + result.steps() + " steps");
        assertEquals(2.61, result.network().layer(1).biases()[0], 0.005);
        assertEquals(3.34, result.network().layer(0).weights()[0], 0.0, "frozen weights stay");
    }
}
