package dev.nnscript.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.init.Initialization;
import dev.nnscript.core.init.Initializer;
import dev.nnscript.core.init.LayerUnknownMask;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.optim.OptimizerConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingLoopTest {

    /** 2 inputs -> 3 tanh -> 1 identity, every parameter drawn from the seed. */
    static Network seeded(long seed) {
        Network net = new Network(null, List.of("a", "b"), List.of("y"), List.of(
                DenseLayer.uniform(2, 3, Activations.TANH), DenseLayer.uniform(3, 1, Activations.IDENTITY)));
        Initialization.fill(net, List.of(LayerUnknownMask.all(new Initializer.Xavier(), 2, 3),
                LayerUnknownMask.all(new Initializer.Normal(0, 0.5), 3, 1)), seed);
        return net;
    }

    /** y = a - 2b on a 7 x 7 grid: 49 rows, so batches of 10 leave a partial one. */
    static Dataset plane() {
        double[][] x = new double[49][];
        double[][] y = new double[49][];
        for (int i = 0; i < 49; i++) {
            x[i] = new double[] {i / 7 / 3.0 - 1, i % 7 / 3.0 - 1};
            y[i] = new double[] {x[i][0] - 2 * x[i][1]};
        }
        return Dataset.of(x, y);
    }

    static TrainingConfig miniBatch(long seed) {
        return TrainingConfig.defaults().withLoss(dev.nnscript.core.loss.Losses.MSE).withBatchSize(10)
                .withEpochs(20).withSeed(seed).withOptimizer(OptimizerConfig.adam()).withLearningRate(0.01);
    }

    @Test
    void theSameSeedGivesTheSameBitsAndAnotherSeedOtherBits() {
        TrainingResult first = Trainer.train(seeded(7), plane(), miniBatch(7), ProgressListener.NONE);
        TrainingResult again = Trainer.train(seeded(7), plane(), miniBatch(7), ProgressListener.NONE);
        TrainingResult shuffledOtherwise = Trainer.train(seeded(7), plane(), miniBatch(8), ProgressListener.NONE);
        TrainingResult otherStart = Trainer.train(seeded(8), plane(), miniBatch(7), ProgressListener.NONE);
        assertEquals(first, again);
        assertEquals(Double.doubleToLongBits(first.finalLoss()), Double.doubleToLongBits(again.finalLoss()));
        assertNotEquals(first.network(), shuffledOtherwise.network());
        assertNotEquals(first.network(), otherStart.network());
        assertNotEquals(seeded(7), seeded(8));
    }

    @Test
    void miniBatchesCountStepsAndKeepThePartialBatch() {
        TrainingResult result = Trainer.train(seeded(1), plane(), miniBatch(1), ProgressListener.NONE);
        assertEquals(StopReason.EPOCHS_DONE, result.reason());
        assertEquals(20, result.epochs());
        assertEquals(20 * 5, result.steps(), "4 batches of 10 and one of 9 per epoch");
    }

    @Test
    void everyOptimizerLearnsThePlane() {
        for (OptimizerConfig optimizer : List.of(OptimizerConfig.sgd(), OptimizerConfig.momentum(0.9),
                OptimizerConfig.nesterov(0.9), OptimizerConfig.adam())) {
            TrainingConfig config = miniBatch(3).withOptimizer(optimizer).withEpochs(50)
                    .withLearningRate(optimizer instanceof OptimizerConfig.Adam ? 0.01 : 0.05);
            TrainingResult result = Trainer.train(seeded(3), plane(), config, ProgressListener.NONE);
            assertTrue(result.finalLoss() < 0.05, optimizer.name() + " reached " + result.finalLoss());
        }
    }

    /**
     * trainInPlace (nnrun serve's live training) trains the network it is given, and the listener
     * sees that network's parameters after each step: the same bits as train's copy at the end.
     */
    @Test
    void trainingInPlaceShowsEachStepsParametersAndEndsAsTrainDoes() {
        Network live = seeded(7);
        List<Double> firstWeightAfterStep = new ArrayList<>();
        TrainingResult inPlace = Trainer.trainInPlace(live, plane(), miniBatch(7), (step, epoch, loss, size) -> {
            firstWeightAfterStep.add(live.layer(0).weights()[0]);
            return true;
        });
        TrainingResult copied = Trainer.train(seeded(7), plane(), miniBatch(7), ProgressListener.NONE);
        assertTrue(inPlace.network() == live);
        assertEquals(copied, inPlace);
        assertEquals(inPlace.steps(), firstWeightAfterStep.size());
        assertEquals(live.layer(0).weights()[0], firstWeightAfterStep.get(firstWeightAfterStep.size() - 1));
        TrainingResult oneStep = Trainer.train(seeded(7), plane(), miniBatch(7).withMaxSteps(1), ProgressListener.NONE);
        assertEquals(oneStep.network().layer(0).weights()[0], firstWeightAfterStep.get(0));
    }

    @Test
    void theCallerNetworkIsLeftUntouched() {
        Network start = seeded(5);
        Network copy = start.copy();
        Trainer.train(start, plane(), miniBatch(5), ProgressListener.NONE);
        assertEquals(copy, start);
    }

    @Test
    void theListenerSeesEveryStepAndCanStopTraining() {
        List<Long> seen = new ArrayList<>();
        TrainingResult result = Trainer.train(seeded(2), plane(), miniBatch(2), (step, epoch, loss, size) -> {
            seen.add(step);
            return step < 12;
        });
        assertEquals(StopReason.INTERRUPTED, result.reason());
        assertEquals(12, result.steps());
        assertEquals(12, seen.size());
        assertEquals(2, result.epochs(), "5 batches per epoch: 2 epochs done, the third begun");
        assertEquals(12, result.lossHistory().length);
        assertEquals(1, result.firstHistoryStep());
    }

    @Test
    void fullBatchStepsAreEpochsCompleted() {
        TrainingConfig config = miniBatch(4).withFullBatch().withMaxSteps(50);
        TrainingResult result = Trainer.train(seeded(4), plane(), config, ProgressListener.NONE);
        assertEquals(StopReason.MAX_STEPS, result.reason());
        assertEquals(50, result.steps());
        assertEquals(50, result.epochs(), "the 51st epoch is not begun by a run that stops at step 50");
    }

    @Test
    void theListenerIsToldTheEpochEachStepBelongsTo() {
        List<Long> epochs = new ArrayList<>();
        Trainer.train(seeded(2), plane(), miniBatch(2).withEpochs(2), (step, epoch, loss, size) -> epochs.add(epoch));
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L, 2L), epochs);
    }

    @Test
    void stopsOnceTheLossIsBelowTheTarget() {
        TrainingConfig config = miniBatch(4).withFullBatch().withMaxSteps(100_000).withTargetLoss(0.01);
        TrainingResult result = Trainer.train(seeded(4), plane(), config, ProgressListener.NONE);
        assertEquals(StopReason.LOSS_BELOW_TARGET, result.reason());
        assertTrue(result.finalLoss() < 0.01, "final loss " + result.finalLoss());
        assertTrue(result.lossHistory()[result.lossHistory().length - 1] >= 0.01, "the step before was above");
    }

    @Test
    void theHistoryKeepsTheLastThousandSteps() {
        TrainingConfig config = TrainingConfig.defaults().withMaxSteps(1500).withLearningRate(0.001);
        TrainingResult result = Trainer.train(seeded(6), plane(), config, ProgressListener.NONE);
        assertEquals(Trainer.HISTORY_LENGTH, result.lossHistory().length);
        assertEquals(501, result.firstHistoryStep());
        TrainingResult shorter = Trainer.train(seeded(6), plane(), config.withMaxSteps(501), ProgressListener.NONE);
        assertEquals(shorter.lossHistory()[500], result.lossHistory()[0], 0.0);
    }

    @Test
    void reluDerivativeAtZeroIsATrainingSetting() {
        Network net = dev.nnscript.core.gradient.ReluBendTestAccess.reluInAction();
        Dataset half = Dataset.of(new double[][] {{0.5}}, new double[][] {{0.0}});
        TrainingConfig oneStep = TrainingConfig.defaults().withMaxSteps(1).withLearningRate(0.001);
        Network zero = Trainer.train(net, half, oneStep, ProgressListener.NONE).network();
        Network one = Trainer.train(net, half, oneStep.withReluDerivativeAtZero(1), ProgressListener.NONE).network();
        assertEquals(1.70, zero.layer(0).weights()[0], 0.0);
        assertNotEquals(1.70, one.layer(0).weights()[0]);
        assertEquals(Activations.RELU, one.layer(0).activation(0), "the result keeps the model's activations");
        assertArrayEquals(zero.layer(1).weights(), one.layer(1).weights(), 0.0);
    }
}
