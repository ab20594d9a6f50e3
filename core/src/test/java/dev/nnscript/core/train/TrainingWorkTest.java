package dev.nnscript.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference numbers for the planned work, counted by hand from the workloads' shapes. */
class TrainingWorkTest {

    @Test
    void plansStepsFromEpochsAndBatches() {
        TrainingConfig config = TrainingConfig.defaults().withEpochs(4).withBatchSize(2);
        assertEquals(8, TrainingWork.plannedSteps(3, config));
        assertEquals(4, TrainingWork.plannedSteps(3, config.withFullBatch()));
        assertEquals(20 * 57, TrainingWork.plannedSteps(1797, config.withEpochs(20).withBatchSize(32)));
        assertEquals(1000, TrainingWork.plannedSteps(3, TrainingConfig.defaults()));
    }

    /** --epochs 2305843009213693952 over iris's 150 rows in batches of 32: 5 steps an epoch, past a long. */
    @Test
    void aPlanPastTheLongestCountIsTheLongestCount() {
        TrainingConfig config = TrainingConfig.defaults().withEpochs(1L << 61).withBatchSize(32);
        assertEquals(Long.MAX_VALUE, TrainingWork.plannedSteps(150, config));
        assertEquals(Long.MAX_VALUE, TrainingWork.plannedSteps(150, config.withEpochs(Long.MAX_VALUE)));
        assertEquals(5 * (1L << 60), TrainingWork.plannedSteps(150, config.withEpochs(1L << 60)),
                "below the limit: planned exactly");
    }

    /** W3: 1-2-1 (4 weights, 7 parameters), 3 rows, full batch, 10,000 steps: 10,000 x (3 x 3 x 4 + 7). */
    @Test
    void countsTheTinyTraining() {
        TrainingConfig config = TrainingConfig.defaults().withFullBatch().withMaxSteps(10_000);
        assertEquals(430_000.0, TrainingWork.operations(network(1, 2, 1), 3, config));
    }

    /**
     * W5: 784-256-256-10 has 268,800 weights and 269,322 parameters; 10,000 rows in batches of 128
     * for 3 epochs are 237 steps of 3 x 128 x 268,800 + 269,322 = 103,488,522.
     */
    @Test
    void countsTheWideTraining() {
        TrainingConfig config = TrainingConfig.defaults().withBatchSize(128).withEpochs(3);
        assertEquals(237 * 103_488_522.0, TrainingWork.operations(network(784, 256, 256, 10), 10_000, config));
    }

    /** A batch larger than the data is the full batch: it multiplies by the rows there are. */
    @Test
    void aBatchLargerThanTheDataCountsTheRows() {
        TrainingConfig config = TrainingConfig.defaults().withBatchSize(500).withMaxSteps(10);
        assertEquals(10 * (3.0 * 3 * 4 + 7), TrainingWork.operations(network(1, 2, 1), 3, config));
    }

    private static Network network(int... widths) {
        List<DenseLayer> layers = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < widths[0]; i++) {
            inputs.add("x" + i);
        }
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < widths[widths.length - 1]; i++) {
            outputs.add("y" + i);
        }
        for (int l = 1; l < widths.length; l++) {
            Activation[] activations = new Activation[widths[l]];
            java.util.Arrays.fill(activations, Activations.RELU);
            layers.add(DenseLayer.of(widths[l - 1], new double[widths[l - 1] * widths[l]], new double[widths[l]],
                    activations));
        }
        return new Network("shape", inputs, outputs, layers);
    }
}
