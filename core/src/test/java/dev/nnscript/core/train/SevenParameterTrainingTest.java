package dev.nnscript.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.core.network.Network;
import org.junit.jupiter.api.Test;

/**
 * StatQuest's "Backpropagation Details Pt. 2": all seven parameters of the softplus network trained
 * by full-batch gradient descent (learning rate 0.1, SSR) from w1=2.74 b1=0 w2=-1.13 b2=0 w3=0.36
 * w4=0.63 b3=0. Published figures are to 9 or 10 significant digits; "after N steps" is the loss of
 * the parameters left by N updates (see {@link Trainer}).
 */
class SevenParameterTrainingTest {

    static TrainingResult train(long steps) {
        Network start = BackpropMainIdeasTest.network(2.74, 0, -1.13, 0, 0.36, 0.63, 0);
        TrainingConfig config = TrainingConfig.defaults().withLearningRate(0.1).withMaxSteps(steps);
        return Trainer.train(start, BackpropMainIdeasTest.DOSAGES, config, ProgressListener.NONE);
    }

    static void assertSignificant(double expected, double actual, int digits) {
        assertEquals(expected, actual, Math.abs(expected) * Math.pow(10, 1 - digits) / 2, "to " + digits + " digits");
    }

    @Test
    void lossAfterOneTenAndHundredSteps() {
        assertSignificant(4.207068646, train(1).finalLoss(), 9);
        assertSignificant(0.7100191075, train(10).finalLoss(), 9);
        assertSignificant(0.6531760016, train(100).finalLoss(), 9);
    }

    @Test
    void parametersAfterTenThousandSteps() {
        TrainingResult result = train(10_000);
        Network net = result.network();
        assertEquals(StopReason.MAX_STEPS, result.reason());
        assertSignificant(3.261631319, net.layer(0).weights()[0], 9);
        assertSignificant(-1.933311892, net.layer(0).biases()[0], 9);
        assertSignificant(-3.346576528, net.layer(0).weights()[1], 9);
        assertSignificant(0.5432129449, net.layer(0).biases()[1], 9);
        assertSignificant(-1.481505894, net.layer(1).weights()[0], 9);
        assertSignificant(-2.245345144, net.layer(1).weights()[1], 9);
        assertSignificant(2.44819939, net.layer(1).biases()[0], 9);
    }

    @Test
    void historyEntryNPlusOneIsTheLossAfterNSteps() {
        TrainingResult long_ = train(20);
        assertEquals(train(10).finalLoss(), long_.lossHistory()[10], 0.0);
    }
}
