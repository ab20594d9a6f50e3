package dev.nnscript.benchmarks.jmh;

import dev.nnscript.core.network.ForwardTrace;
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

/** One forward pass over a batch (pre-activations and outputs recorded in a reused trace). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ForwardBenchmark {

    private ForwardTrace trace;

    @Setup
    public void setUp(NetworkAndBatch input) {
        trace = new ForwardTrace(input.network, input.batch);
    }

    /** Returns the output so the JIT cannot drop the pass. */
    @Benchmark
    public double[] forward(NetworkAndBatch input) {
        input.network.forward(input.x, input.batch, trace);
        return trace.output();
    }
}
