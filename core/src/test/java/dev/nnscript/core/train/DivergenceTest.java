package dev.nnscript.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
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
}
