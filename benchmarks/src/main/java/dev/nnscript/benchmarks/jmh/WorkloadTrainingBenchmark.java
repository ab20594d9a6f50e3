package dev.nnscript.benchmarks.jmh;

import dev.nnscript.benchmarks.BenchmarkNetworks;
import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.ProgressListener;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.core.train.TrainingConfig;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The training workloads W3-W5 of {@code docs/performance.md}, warm: one whole {@code Trainer.train}
 * call per operation, with the workload's network, batch size and settings, so the figure
 * includes everything a CLI training run does per step (sampling, batch copies, forward, loss,
 * backward, update, divergence checks) as well as the call's own set-up. Divide by the steps (or
 * samples) per operation for a per-step (per-sample) figure; with {@code -prof gc},
 * {@code gc.alloc.rate.norm} is the bytes one call allocates.
 *
 * <ul>
 *   <li>{@code W3}: StatQuest's 1-2-1 softplus network, 3 rows, full batch, SSR, 10,000 steps.
 *   <li>{@code W4-b32}, {@code W4-b1}: 64-32-10, 1,797 rows of 64 uniform inputs (the digits' shape),
 *       cross-entropy, batch 32 or 1, 1 epoch (57 or 1,797 steps).
 *   <li>{@code W5}: 784-256-256-10, 10,000 rows of standard normal inputs labelled as W5's are,
 *       batch 128, 1 epoch (79 steps).
 * </ul>
 * {@code threads} (default 1, {@code -p threads=1,2} for both) is the training's thread count for
 * W4 and W5; W3 always runs on one.
 * Input values are synthetic (seeded): the time of a step does not depend on them beyond which
 * ReLUs are active.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkloadTrainingBenchmark {

    @Param({"W3", "W4-b32", "W4-b1", "W5"})
    public String workload;

    @Param({"1"})
    public int threads;

    private Network network;
    private Dataset data;
    private TrainingConfig config;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(11);
        switch (workload) {
            case "W3" -> {
                network = statQuest();
                data = Dataset.of(new double[][] {{0.0}, {0.5}, {1.0}}, new double[][] {{0.0}, {1.0}, {0.0}});
                config = TrainingConfig.defaults().withLoss(Losses.SSR).withLearningRate(0.1).withFullBatch()
                        .withMaxSteps(10_000).withThreads(1);
            }
            case "W4-b32", "W4-b1" -> {
                network = BenchmarkNetworks.classifier(new int[] {64, 32, 10}, 1);
                data = classes(random, 1797, 64, 10, false);
                config = classifierConfig(0.1, workload.equals("W4-b32") ? 32 : 1, threads);
            }
            case "W5" -> {
                network = BenchmarkNetworks.classifier(new int[] {784, 256, 256, 10}, 1);
                data = classes(random, 10_000, 784, 10, true);
                config = classifierConfig(0.01, 128, threads);
            }
            default -> throw new IllegalArgumentException("unknown workload " + workload);
        }
    }

    /** Returns the final loss so the JIT cannot drop the run. */
    @Benchmark
    public double train() {
        return Trainer.train(network, data, config, ProgressListener.NONE).finalLoss();
    }

    private static TrainingConfig classifierConfig(double learningRate, int batch, int threads) {
        return TrainingConfig.defaults().withLoss(Losses.CROSS_ENTROPY).withLearningRate(learningRate)
                .withBatchSize(batch).withEpochs(1).withSeed(1).withShuffle(true).withThreads(threads);
    }

    /** a1 = softplus(2.74 x), a2 = softplus(-1.13 x), yhat = 0.36 a1 + 0.63 a2. */
    private static Network statQuest() {
        Activation softplus = Activations.SOFTPLUS;
        DenseLayer hidden = DenseLayer.of(1, new double[] {2.74, -1.13}, new double[] {0.0, 0.0},
                new Activation[] {softplus, softplus});
        DenseLayer output = DenseLayer.of(2, new double[] {0.36, 0.63}, new double[] {0.0},
                new Activation[] {Activations.IDENTITY});
        return new Network("statquest backpropagation", List.of("x"), List.of("y"), List.of(hidden, output));
    }

    /**
     * {@code rows} rows of uniform [0, 1) inputs (or standard normal ones, labelled by the arg max of
     * x W for a random normal W, as W5's are) with one-hot targets.
     */
    private static Dataset classes(SplittableRandom random, int rows, int inputs, int classes, boolean normal) {
        double[][] x = new double[rows][inputs];
        double[][] y = new double[rows][classes];
        double[] w = new double[inputs * classes];
        for (int k = 0; k < w.length; k++) {
            w[k] = random.nextGaussian();
        }
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < inputs; i++) {
                x[r][i] = normal ? random.nextGaussian() : random.nextDouble();
            }
            y[r][normal ? argMax(x[r], w, classes) : random.nextInt(classes)] = 1.0;
        }
        return Dataset.of(x, y);
    }

    private static int argMax(double[] x, double[] w, int classes) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            double score = 0.0;
            for (int i = 0; i < x.length; i++) {
                score += x[i] * w[i * classes + c];
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }
}
