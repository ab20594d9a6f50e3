package dev.nnscript.cli.predict;

import dev.nnscript.cli.InvalidInputException;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.data.ColumnRoles;
import dev.nnscript.dsl.data.CsvRowReader;
import dev.nnscript.dsl.diagnostic.DiagnosticFormatter;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Batch inference in constant memory: reads a chunk of CSV rows (the dsl's streaming reader,
 * columns matched to the inputs by name), runs one forward pass over the chunk with a single
 * preallocated trace, writes the results, repeats. Memory is O(chunk rows x widest layer), whatever
 * the number of rows. A bad row stops the run with its diagnostic (exit code 1) after the rows
 * before it were written.
 */
public final class BatchPredictor {

    /** Rows per forward pass: large enough to amortise the calls, small enough to stay in cache. */
    static final int CHUNK_ROWS = 1024;

    private final Network network;

    public BatchPredictor(Network network) {
        this.network = network;
    }

    /**
     * Predicts every row of {@code file} into the writer {@code output} makes and returns the number
     * of rows. The writer (and so the CSV header) is made only once the file's header fits the
     * network, so a file that cannot be used produces no output. Stops early when {@code stream}
     * reports an error (a closed pipe, say).
     *
     * @param fileName the name diagnostics use for the file
     */
    public long run(Path file, String fileName, Supplier<PredictionWriter> output, PrintWriter stream) {
        DiagnosticList diagnostics = new DiagnosticList();
        return run(CsvRowReader.open(file, fileName, wanted(), diagnostics), diagnostics, output, stream);
    }

    /** As {@link #run(Path, String, Supplier, PrintWriter)}, reading CSV from a stream (standard input); closes it. */
    public long run(InputStream in, String fileName, Supplier<PredictionWriter> output, PrintWriter stream) {
        DiagnosticList diagnostics = new DiagnosticList();
        return run(CsvRowReader.open(in, fileName, wanted(), diagnostics), diagnostics, output, stream);
    }

    private ColumnRoles.Wanted wanted() {
        return ColumnRoles.Wanted.inputsOf(network.inputNames());
    }

    /** @param opened null when the source could not be used (the diagnostics say why) */
    private long run(CsvRowReader opened, DiagnosticList diagnostics, Supplier<PredictionWriter> output,
            PrintWriter stream) {
        try (CsvRowReader rows = opened) {
            failOn(diagnostics);
            return run(rows, diagnostics, output.get(), stream);
        }
    }

    private long run(CsvRowReader rows, DiagnosticList diagnostics, PredictionWriter writer, PrintWriter stream) {
        int inputs = network.inputCount();
        int outputs = network.outputCount();
        double[] x = new double[CHUNK_ROWS * inputs];
        double[] row = new double[inputs];
        double[] noTargets = new double[0];
        ForwardTrace trace = new ForwardTrace(network, CHUNK_ROWS);
        long total = 0;
        boolean more = true;
        while (more && !stream.checkError()) {
            int n = 0;
            while (n < CHUNK_ROWS && (more = rows.next(row, noTargets)) && !diagnostics.hasErrors()) {
                System.arraycopy(row, 0, x, n * inputs, inputs);
                n++;
            }
            if (n > 0) {
                network.forward(x, n, trace);
                for (int r = 0; r < n; r++) {
                    writer.row(x, r * inputs, trace.output(), r * outputs);
                }
                total += n;
            }
            if (diagnostics.hasErrors()) {
                writer.finish();
                failOn(diagnostics);
            }
        }
        writer.finish();
        return total;
    }

    private static void failOn(DiagnosticList diagnostics) {
        if (diagnostics.hasErrors()) {
            throw new InvalidInputException(DiagnosticFormatter.format(diagnostics.toList(), null).stripTrailing());
        }
    }
}
