package dev.nnscript.core.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.optim.OptimizerConfig;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The training loop allocates nothing per step or per sample: the heap bytes this thread allocates
 * between step 500 and step 5500 (mini-batches, shuffling, Adam, the listener) stay near zero.
 */
class NoAllocationTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void stepsAllocateNothing() {
        long[] allocated = new long[2];
        TrainingConfig config = TrainingConfig.defaults().withLoss(Losses.MSE).withBatchSize(8).withMaxSteps(5500)
                .withOptimizer(OptimizerConfig.adam()).withLearningRate(0.001).withSeed(3);
        Trainer.train(TrainingLoopTest.seeded(3), TrainingLoopTest.plane(), config, (step, epoch, loss, size) -> {
            if (step == 500) {
                allocated[0] = THREADS.getCurrentThreadAllocatedBytes();
            } else if (step == 5500) {
                allocated[1] = THREADS.getCurrentThreadAllocatedBytes();
            }
            return true;
        });
        long bytes = allocated[1] - allocated[0];
        assertTrue(allocated[0] > 0, "allocation measurement works here");
        assertTrue(bytes < 5000, bytes + " bytes allocated over 5000 steps");
    }
}
