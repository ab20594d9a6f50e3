package dev.nnscript.benchmarks.jmh;

import dev.nnscript.benchmarks.BenchmarkNetworks;
import dev.nnscript.core.gradient.Backpropagation;
import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.optim.Optimizer;
import dev.nnscript.core.optim.OptimizerConfig;
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
 * One training step on a fixed batch: forward, loss, backward, plain SGD update. The classifiers
 * use cross-entropy against one-hot targets; 1-2-1 uses SSR. Run with {@code -prof gc}:
 * {@code gc.alloc.rate.norm} is the bytes allocated per step, and should be 0.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TrainingStepBenchmark {

    /** A learning rate small enough that millions of steps on one batch stay finite. */
    private static final double LEARNING_RATE = 1e-4;

    @Param({"1-2-1", "64-32-10", "784-256-256-10"})
    public String shape;

    @Param({"1", "128"})
    public int batch;

    private Backpropagation backprop;
    private Optimizer optimizer;
    private Loss loss;
    private double[] x;
    private double[] y;

    @Setup
    public void setUp() {
        Network network = BenchmarkNetworks.byShape(shape, 42);
        backprop = new Backpropagation(network, batch);
        optimizer = Optimizer.create(new OptimizerConfig.Sgd(), network);
        boolean classifier = network.outputLayer().isSoftmax();
        loss = classifier ? Losses.CROSS_ENTROPY : Losses.SSR;
        SplittableRandom random = new SplittableRandom(7);
        x = new double[batch * network.inputCount()];
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextDouble();
        }
        int outputs = network.outputCount();
        y = new double[batch * outputs];
        for (int r = 0; r < batch; r++) {
            y[r * outputs + (classifier ? random.nextInt(outputs) : 0)] = classifier ? 1.0 : random.nextDouble();
        }
    }

    /** Returns the batch loss so the JIT cannot drop the step. */
    @Benchmark
    public double step() {
        double value = backprop.compute(x, y, batch, loss);
        optimizer.step(backprop.gradients(), LEARNING_RATE);
        return value;
    }
}
