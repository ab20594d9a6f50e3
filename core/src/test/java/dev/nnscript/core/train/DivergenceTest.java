package dev.nnscript.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

class DivergenceTest {

    @Test
    void aHugeLearningRateStopsWithTheStepAndKeepsTheLastFiniteParameters() {
        Network start = TrainingLoopTest.seeded(9);
        TrainingConfig config = TrainingConfig.defaults().withLearningRate(1e30).withMaxSteps(1000);
        TrainingResult result = Trainer.train(start, TrainingLoopTest.plane(), config, ProgressListener.NONE);
        assertEquals(StopReason.DIVERGED, result.reason());
        Divergence divergence = result.divergence().orElseThrow();
        assertTrue(divergence.reason().startsWith("loss is "), divergence.reason());
        assertTrue(result.steps() < 1000);
        assertEquals(result.steps() + 2, divergence.step(),
                "the loss after update s is measured at step s + 1; the update before it is undone too");
        assertEquals(result.steps(), result.epochs(), "full batch: the undone steps' epochs are not counted");
        assertTrue(Double.isFinite(result.finalLoss()), "loss " + result.finalLoss());
        for (DenseLayer layer : result.network().layers()) {
            for (double w : layer.weights()) {
                assertTrue(Double.isFinite(w));
            }
            for (double b : layer.biases()) {
                assertTrue(Double.isFinite(b));
            }
        }
    }

    @Test
    void theKeptParametersAreThoseOfTheLastStepWithAFiniteLoss() {
        TrainingConfig config = TrainingConfig.defaults().withLearningRate(1e30).withMaxSteps(1000);
        TrainingResult diverged = Trainer.train(TrainingLoopTest.seeded(9), TrainingLoopTest.plane(), config,
                ProgressListener.NONE);
        TrainingResult stoppedBefore = Trainer.train(TrainingLoopTest.seeded(9), TrainingLoopTest.plane(),
                config.withMaxSteps(diverged.steps()), ProgressListener.NONE);
        assertEquals(StopReason.MAX_STEPS, stoppedBefore.reason());
        assertEquals(stoppedBefore.network(), diverged.network());
        assertEquals(stoppedBefore.finalLoss(), diverged.finalLoss(), 0.0);
        assertEquals(diverged.steps(), diverged.lossHistory().length, "one history entry per kept step");
    }

    /**
     * x -> relu -> identity (bias frozen at 0), one row. With lr 1e308 the first update sends the
     * hidden node's weight and bias to -Infinity: the node is dead from then on, the output is 0 and
     * the loss stays finite (20.25) at every step, so only the parameters show the divergence.
     */
    static Network deadAfterOneHugeStep() {
        DenseLayer hidden = DenseLayer.of(1, new double[] {0.5}, new double[] {0}, new Activation[] {Activations.RELU});
        DenseLayer output = DenseLayer.of(1, new double[] {10}, new double[] {0},
                new Activation[] {Activations.IDENTITY}).withFrozen(new boolean[1], new boolean[] {true});
        return new Network(null, List.of("x"), List.of("y"), List.of(hidden, output));
    }

    @Test
    void aParameterThatOverflowsWhileTheLossStaysFiniteIsADivergence() {
        Dataset oneRow = Dataset.of(new double[][] {{1}}, new double[][] {{4.5}});
        TrainingConfig config = TrainingConfig.defaults().withLearningRate(1e308).withMaxSteps(20);
        TrainingResult result = Trainer.train(deadAfterOneHugeStep(), oneRow, config, ProgressListener.NONE);
        assertEquals(StopReason.DIVERGED, result.reason());
        Divergence divergence = result.divergence().orElseThrow();
        assertEquals(1, divergence.step(), "the first update made a parameter infinite");
        assertTrue(divergence.reason().startsWith("a parameter became "), divergence.reason());
        assertEquals(0, result.steps(), "that update is undone");
        assertEquals(deadAfterOneHugeStep(), result.network(), "the starting parameters are kept");
        assertEquals((5 - 4.5) * (5 - 4.5), result.finalLoss(), 0.0);
    }

    @Test
    void aParameterThatCreepsPastTheLargestDoubleIsCaughtAtTheUpdateThatOverflowedIt() {
        // y = w1 + w2 with w1 = -w2 = 1.5e308: y is finite while both weights are huge. MAE's
        // gradient is -1 for each weight, so each update adds lr = 1e307 to both: the third sends w1
        // past the largest double, though no single change is anywhere near it.
        DenseLayer only = DenseLayer.of(2, new double[] {1.5e308, -1.5e308}, new double[] {0},
                new Activation[] {Activations.IDENTITY}).withFrozen(new boolean[2], new boolean[] {true});
        Network start = new Network(null, List.of("a", "b"), List.of("y"), List.of(only));
        Dataset oneRow = Dataset.of(new double[][] {{1, 1}}, new double[][] {{1e308}});
        TrainingConfig config = TrainingConfig.defaults().withLoss(Losses.MAE).withLearningRate(1e307)
                .withMaxSteps(100);
        TrainingResult result = Trainer.train(start, oneRow, config, ProgressListener.NONE);
        assertEquals(StopReason.DIVERGED, result.reason(), result.toString());
        assertEquals(new Divergence(3, "a parameter became Infinity"), result.divergence().orElseThrow());
        assertEquals(2, result.steps());
        assertEquals(1.5e308 + 1e307 + 1e307, result.network().layer(0).weights()[0], 0.0);
    }
}
