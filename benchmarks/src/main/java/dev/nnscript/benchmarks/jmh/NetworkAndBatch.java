package dev.nnscript.benchmarks.jmh;

import dev.nnscript.benchmarks.BenchmarkNetworks;
import dev.nnscript.core.network.Network;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The benchmarked network and one input batch of uniform [0, 1) values, [batch][inputs]. */
@State(Scope.Thread)
public class NetworkAndBatch {

    @Param({"1-2-1", "64-32-10", "784-256-256-10"})
    public String shape;

    @Param({"1", "128"})
    public int batch;

    Network network;
    double[] x;
    SplittableRandom random;

    @Setup
    public void setUp() {
        network = BenchmarkNetworks.byShape(shape, 42);
        random = new SplittableRandom(7);
        x = new double[batch * network.inputCount()];
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextDouble();
        }
    }
}
