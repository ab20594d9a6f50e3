package dev.nnscript.benchmarks.jmh;

import dev.nnscript.benchmarks.BenchmarkNetworks;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
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

/** One forward pass over a batch (pre-activations and outputs recorded in a reused trace). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ForwardBenchmark {

    @Param({"1-2-1", "64-32-10", "784-256-256-10"})
    public String shape;

    @Param({"1", "128"})
    public int batch;

    private Network network;
    private ForwardTrace trace;
    private double[] x;

    @Setup
    public void setUp() {
        network = BenchmarkNetworks.byShape(shape, 42);
        trace = new ForwardTrace(network, batch);
        x = new double[batch * network.inputCount()];
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextDouble();
        }
    }

    /** Returns the output so the JIT cannot drop the pass. */
    @Benchmark
    public double[] forward() {
        network.forward(x, batch, trace);
        return trace.output();
    }
}
