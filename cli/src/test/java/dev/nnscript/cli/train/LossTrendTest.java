package dev.nnscript.cli.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.cli.TestNetworks;
import dev.nnscript.core.optim.OptimizerConfig;
import dev.nnscript.core.train.StopReason;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The summary's hint for a plain sgd run whose loss rose, stopped falling or fell very slowly. */
class LossTrendTest {

    private static final TrainingConfig SGD = TrainingConfig.defaults().withLearningRate(0.1).withMaxSteps(8);

    private static TrainingResult ran(StopReason reason, double finalLoss, double... history) {
        return new TrainingResult(TestNetworks.reluInAction(), reason, history.length, history.length, finalLoss, history,
                1, Optional.empty());
    }

    @Test
    void aRisingLossSuggestsASmallerLearningRateOrAdam() {
        assertEquals(Optional.of("hint: the loss rose during training (from 2 to 3); with sgd the learning rate (0.1) is"
                + " probably too large: try a smaller one (--lr 0.01), or --optimizer adam"),
                LossTrend.hint(ran(StopReason.MAX_STEPS, 3, 2, 5, 1, 4, 2, 6, 3, 3), SGD, 2));
    }

    @Test
    void aLossThatStopsFallingFarFromZeroSuggestsASmallerLearningRateOrAdam() {
        assertEquals(Optional.of("hint: the loss stopped falling during training (from 20 to 8); if it should go lower,"
                + " with sgd try a smaller learning rate than 0.1 (--lr 0.01), or --optimizer adam"),
                LossTrend.hint(ran(StopReason.EPOCHS_DONE, 8, 20, 12, 9, 8, 8, 8, 8, 8), SGD, 20));
    }

    @Test
    void aLossThatFallsVerySlowlySuggestsALargerLearningRateOrAdam() {
        assertEquals(Optional.of("hint: the loss fell very slowly during training (from 10 to 9.95); with sgd try a"
                + " larger learning rate than 0.1 (--lr 1), or --optimizer adam"),
                LossTrend.hint(ran(StopReason.MAX_STEPS, 9.95, 10, 9.99, 9.98, 9.97, 9.96, 9.955, 9.9, 9.85), SGD, 10));
    }

    @Test
    void aLossFlatFromStartToEndFellVerySlowlyRatherThanStoppedFalling() {
        // A tiny learning rate: every step gains a little, so the second half is as flat as the
        // whole run. The advice is a larger rate, never a smaller one.
        double[] flat = {1.398, 1.3965, 1.395, 1.3935, 1.392, 1.3905, 1.389, 1.3875, 1.386, 1.3845};
        assertEquals(Optional.of("hint: the loss fell very slowly during training (from 1.398 to 1.386); with sgd try a"
                + " larger learning rate than 1e-6 (--lr 1e-5), or --optimizer adam"),
                LossTrend.hint(ran(StopReason.MAX_STEPS, 1.386, flat), SGD.withLearningRate(1e-6), 1.398));
    }

    @Test
    void aLossThatFellFarOrAPlateauNearZeroGetsNoHint() {
        assertEquals(Optional.empty(), LossTrend.hint(ran(StopReason.MAX_STEPS, 4, 20, 16, 13, 10, 8, 6, 5, 4), SGD, 20));
        assertEquals(Optional.empty(), LossTrend.hint(ran(StopReason.MAX_STEPS, 0.1, 20, 1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1),
                SGD, 20), "converged: a plateau below 1% of the start is the end of learning");
    }

    @Test
    void otherOptimizersAndOtherStopsGetNoHint() {
        double[] rising = {2, 5, 1, 4, 2, 6, 3, 3};
        assertEquals(Optional.empty(), LossTrend.hint(ran(StopReason.MAX_STEPS, 3, rising),
                SGD.withOptimizer(OptimizerConfig.adam()), 2));
        assertEquals(Optional.empty(), LossTrend.hint(ran(StopReason.MAX_STEPS, 3, rising),
                SGD.withOptimizer(OptimizerConfig.momentum(0.9)), 2));
        for (StopReason reason : new StopReason[] {StopReason.STEP_SIZE_BELOW_THRESHOLD, StopReason.LOSS_BELOW_TARGET,
            StopReason.INTERRUPTED}) {
            assertEquals(Optional.empty(), LossTrend.hint(ran(reason, 3, rising), SGD, 2), reason.name());
        }
    }
}
