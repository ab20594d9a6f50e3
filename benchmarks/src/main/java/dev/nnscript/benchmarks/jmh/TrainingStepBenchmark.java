package dev.nnscript.benchmarks.jmh;

import dev.nnscript.core.gradient.Backpropagation;
import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.optim.Optimizer;
import dev.nnscript.core.optim.OptimizerConfig;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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

    private Backpropagation backprop;
    private Optimizer optimizer;
    private Loss loss;
    private double[] y;

    @Setup
    public void setUp(NetworkAndBatch input) {
        Network network = input.network;
        backprop = new Backpropagation(network, input.batch);
        optimizer = Optimizer.create(new OptimizerConfig.Sgd(), network);
        boolean classifier = network.outputLayer().isSoftmax();
        loss = classifier ? Losses.CROSS_ENTROPY : Losses.SSR;
        int outputs = network.outputCount();
        y = new double[input.batch * outputs];
        for (int r = 0; r < input.batch; r++) {
            int column = classifier ? input.random.nextInt(outputs) : 0;
            y[r * outputs + column] = classifier ? 1.0 : input.random.nextDouble();
        }
    }

    /** Returns the batch loss so the JIT cannot drop the step. */
    @Benchmark
    public double step(NetworkAndBatch input) {
        double value = backprop.compute(input.x, y, input.batch, loss);
        optimizer.step(backprop.gradients(), LEARNING_RATE);
        return value;
    }
}
