package dev.nnscript.benchmarks.jmh;

import dev.nnscript.benchmarks.BenchmarkNetworks;
import dev.nnscript.cli.predict.BatchPredictor;
import dev.nnscript.core.network.Network;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W2's path, warm: {@code nnrun relu-in-action.nn --inputs FILE} streams a CSV through
 * {@link BatchPredictor} (the fast byte-level reader, forward passes a chunk at a time, one
 * output line per row). One operation reads {@link #ROWS} rows of W2's form (header
 * {@code dosage}, values {@code '%.6f'} of uniform [0, 1) draws) from a file in the temporary
 * folder and writes the results, encoded as UTF-8 as nnrun's standard output is, to a stream that
 * discards them. Divide by {@link #ROWS} for a per-row figure; with {@code -prof gc},
 * {@code gc.alloc.rate.norm} is the bytes one pass over the file allocates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BatchInferenceBenchmark {

    static final int ROWS = 100_000;

    private Network network;
    private Path file;

    @Setup
    public void setUp() throws IOException {
        network = BenchmarkNetworks.reluInAction();
        file = Files.createTempFile("nnscript-w2-", ".csv");
        SplittableRandom random = new SplittableRandom(20240601);
        StringBuilder text = new StringBuilder(ROWS * 9 + 7).append("dosage\n");
        for (int r = 0; r < ROWS; r++) {
            text.append(String.format(Locale.ROOT, "%.6f%n", random.nextDouble()).replace(System.lineSeparator(), "\n"));
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Returns the rows predicted so the JIT cannot drop the run. */
    @Benchmark
    public long predict() {
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8), 1 << 16));
        long rows = new BatchPredictor(network).run(file, "w2.csv", out);
        if (rows != ROWS) {
            throw new UncheckedIOException(new IOException("predicted " + rows + " rows, not " + ROWS));
        }
        return rows;
    }
}
