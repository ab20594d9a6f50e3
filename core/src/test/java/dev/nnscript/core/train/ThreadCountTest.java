package dev.nnscript.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.init.Initialization;
import dev.nnscript.core.init.Initializer;
import dev.nnscript.core.init.LayerUnknownMask;
import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Threads change how fast a large batch trains, never what it learns. */
class ThreadCountTest {

    private static final int INPUTS = 128;
    private static final int HIDDEN = 96;

    /** 128 -> 96 ReLU -> 4 softmax: at batch 128 its products are large enough to be split. */
    private static Network wide(long seed) {
        Network net = new Network(null, names("x", INPUTS), names("class", 4), List.of(
                DenseLayer.uniform(INPUTS, HIDDEN, Activations.RELU),
                DenseLayer.softmax(HIDDEN, new double[HIDDEN * 4], new double[4])));
        Initialization.fill(net, List.of(LayerUnknownMask.all(new Initializer.Xavier(), INPUTS, HIDDEN),
                LayerUnknownMask.all(new Initializer.Xavier(), HIDDEN, 4)), seed);
        return net;
    }

    private static Dataset data(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rows = 300;
        double[] x = new double[rows * INPUTS];
        double[] y = new double[rows * 4];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < INPUTS; i++) {
                x[r * INPUTS + i] = random.nextDouble(-1, 1);
            }
            y[r * 4 + random.nextInt(4)] = 1.0;
        }
        return new Dataset(x, y, rows, INPUTS, 4);
    }

    private static List<String> names(String prefix, int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    }

    @Test
    void anyThreadCountGivesTheSameBits() {
        TrainingConfig config = TrainingConfig.defaults().withLoss(Losses.CROSS_ENTROPY).withBatchSize(128)
                .withEpochs(3).withSeed(11).withLearningRate(0.05);
        TrainingResult one = Trainer.train(wide(4), data(4), config.withThreads(1), ProgressListener.NONE);
        for (int threads : new int[] {2, 3}) {
            TrainingResult many = Trainer.train(wide(4), data(4), config.withThreads(threads), ProgressListener.NONE);
            assertEquals(one.network(), many.network(), threads + " threads");
            assertEquals(Double.doubleToLongBits(one.finalLoss()), Double.doubleToLongBits(many.finalLoss()));
        }
    }

    @Test
    void aThreadCountBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TrainingConfig.defaults().withThreads(0));
    }
}
