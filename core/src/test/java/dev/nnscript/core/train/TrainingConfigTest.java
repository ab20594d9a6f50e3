package dev.nnscript.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.optim.OptimizerConfig;
import org.junit.jupiter.api.Test;

class TrainingConfigTest {

    @Test
    void defaultsAreTheLanguages() {
        TrainingConfig c = TrainingConfig.defaults();
        assertEquals(Losses.SSR, c.loss());
        assertEquals(OptimizerConfig.sgd(), c.optimizer());
        assertEquals(0.1, c.learningRate(), 0.0);
        assertTrue(c.isFullBatch());
        assertEquals(1000, c.maxSteps());
        assertEquals(0, c.epochs());
        assertEquals(0.0, c.minStepSize(), 0.0);
        assertEquals(TrainingConfig.NO_TARGET_LOSS, c.targetLoss(), 0.0);
        assertEquals(0L, c.seed());
        assertTrue(c.shuffle());
        assertEquals(0.0, c.reluDerivativeAtZero(), 0.0);
    }

    @Test
    void epochsAndStepsReplaceEachOther() {
        TrainingConfig c = TrainingConfig.defaults().withEpochs(5);
        assertEquals(0, c.maxSteps());
        assertEquals(5, c.epochs());
        assertEquals(7, c.withMaxSteps(7).maxSteps());
        assertEquals(0, c.withMaxSteps(7).epochs());
    }

    @Test
    void theBuilderSetsSeveralFieldsAndValidatesOnce() {
        TrainingConfig c = new TrainingConfig.Builder().optimizer(OptimizerConfig.adam()).learningRate(0.001)
                .epochs(3).batchSize(16).seed(9).build();
        assertEquals(TrainingConfig.defaults().withOptimizer(OptimizerConfig.adam()).withLearningRate(0.001)
                .withEpochs(3).withBatchSize(16).withSeed(9), c);
        assertEquals(c, c.toBuilder().build());
        assertMessage("the learning rate must be positive and finite, not -1.0",
                () -> c.toBuilder().learningRate(-1).build());
    }

    @Test
    void badValuesAreRejectedWithAReason() {
        TrainingConfig c = TrainingConfig.defaults();
        assertMessage("the learning rate must be positive and finite, not 0.0", () -> c.withLearningRate(0));
        assertMessage("the learning rate must be positive and finite, not NaN", () -> c.withLearningRate(Double.NaN));
        assertMessage("the batch size must be positive (or FULL_BATCH), not -1", () -> c.withBatchSize(-1));
        assertMessage("set exactly one of epochs and steps (epochs 0, steps 0)", () -> c.withMaxSteps(0));
        assertMessage("the minimum step size must be at least 0 and finite, not -0.1", () -> c.withMinStepSize(-0.1));
        assertMessage("the target loss must be a number below infinity, not NaN", () -> c.withTargetLoss(Double.NaN));
        assertMessage("the ReLU derivative at 0 must be 0 or 1, not 0.5", () -> c.withReluDerivativeAtZero(0.5));
    }

    @Test
    void crossEntropyNeedsASoftmaxOutput() {
        TrainingConfig c = TrainingConfig.defaults().withLoss(Losses.CROSS_ENTROPY);
        assertMessage("the cross-entropy loss needs a softmax output layer", () -> Trainer.train(
                TrainingLoopTest.seeded(0), TrainingLoopTest.plane(), c, ProgressListener.NONE));
    }

    @Test
    void dataMustFitTheNetwork() {
        Dataset oneInput = Dataset.of(new double[][] {{1}}, new double[][] {{1}});
        assertMessage("the data have 1 input columns but the network takes 2", () -> Trainer.train(
                TrainingLoopTest.seeded(0), oneInput, TrainingConfig.defaults(), ProgressListener.NONE));
    }

    @Test
    void datasetsAreValidated() {
        assertMessage("target 1 of row 2 is not finite: NaN",
                () -> Dataset.of(new double[][] {{1}, {2}}, new double[][] {{1}, {Double.NaN}}));
        assertMessage("input row 2 has 2 values, expected 1",
                () -> Dataset.of(new double[][] {{1}, {2, 3}}, new double[][] {{1}, {2}}));
        assertMessage("inputs: expected 4 values, got 3", () -> new Dataset(new double[3], new double[2], 2, 2, 1));
    }

    private static void assertMessage(String expected, Runnable action) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, action::run).getMessage());
    }
}
