package dev.nnscript.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.optim.OptimizerConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The training loop allocates nothing per step or per sample: the heap bytes the training thread
 * allocates between step 500 and step 1500 (mini-batches, shuffling, Adam, the listener) stay near
 * zero. Measured in a JVM of its own that only interprets ({@code -Xint}): no JIT compiler, so no
 * escape analysis that could hide a per-step allocation in one run and not in the next. The bound
 * is far below one small object per step, so a single allocation per step fails it.
 */
class NoAllocationTest {

    private static final int FROM = 500;
    private static final int TO = 1500;

    @Test
    void stepsAllocateNothingEvenWithoutEscapeAnalysis() throws IOException, InterruptedException {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xint",
                "-cp", System.getProperty("java.class.path"), Measure.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(jvm.waitFor(120, TimeUnit.SECONDS), "the measuring JVM did not end");
        assertEquals(0, jvm.exitValue(), out);
        List<String> lines = out.lines().toList();
        long before = Long.parseLong(lines.get(0));
        long bytes = Long.parseLong(lines.get(1));
        assertTrue(before > 0, "allocation measurement works here: " + out);
        assertTrue(bytes < (TO - FROM) * 16L / 10, bytes + " bytes allocated over " + (TO - FROM) + " steps");
    }

    /** Trains in the forked JVM; prints the bytes allocated before step FROM, then those from FROM to TO. */
    static final class Measure {
        public static void main(String[] args) {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long[] allocated = new long[2];
            TrainingConfig config = TrainingConfig.defaults().withLoss(Losses.MSE).withBatchSize(8).withMaxSteps(TO)
                    .withOptimizer(OptimizerConfig.adam()).withLearningRate(0.001).withSeed(3).withThreads(1);
            Trainer.train(TrainingLoopTest.seeded(3), TrainingLoopTest.plane(), config, (step, epoch, loss, size) -> {
                if (step == FROM) {
                    allocated[0] = threads.getCurrentThreadAllocatedBytes();
                } else if (step == TO) {
                    allocated[1] = threads.getCurrentThreadAllocatedBytes();
                }
                return true;
            });
            System.out.println(allocated[0]);
            System.out.println(allocated[1] - allocated[0]);
        }
    }
}
