package dev.nnscript.benchmarks.jmh;

import dev.nnscript.benchmarks.BenchmarkNetworks;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.print.ScriptPrinter;
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
 * Loading a 200,350-parameter {@code .nn} file (784 -> 252 ReLU -> 10 softmax, every weight
 * written out by the canonical printer): read, parse, build the spec, validate, assemble.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

    static final String SHAPE = "784-252-10";

    private String source;

    @Setup
    public void setUp() {
        Network network = BenchmarkNetworks.byShape(SHAPE, 42);
        source = ScriptPrinter.print(network);
        LoadResult check = NnScripts.parse(source, "wide.nn");
        if (!check.succeeded() || !check.script().network().equals(network)) {
            throw new IllegalStateException("the printed network does not load back:\n"
                    + check.formattedDiagnostics());
        }
    }

    @Benchmark
    public LoadResult load() {
        return NnScripts.parse(source, "wide.nn");
    }
}
