package dev.nnscript.cli.predict;

import dev.nnscript.cli.data.InputCsv;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import java.io.PrintWriter;

/**
 * Batch inference in constant memory: reads a chunk of rows, runs one forward pass over the chunk
 * with a single preallocated trace, writes the results, repeats. Memory is O(chunk rows x widest
 * layer), whatever the number of rows.
 */
public final class BatchPredictor {

    /** Rows per forward pass: large enough to amortise the calls, small enough to stay in cache. */
    static final int CHUNK_ROWS = 1024;

    private final Network network;

    public BatchPredictor(Network network) {
        this.network = network;
    }

    /**
     * Predicts every row of {@code rows} into {@code writer} and returns the number of rows. Stops
     * early when {@code writer}'s stream reports an error (a closed pipe, say).
     */
    public long run(InputCsv rows, PredictionWriter writer, PrintWriter stream) {
        int inputs = network.inputCount();
        int outputs = network.outputCount();
        double[] x = new double[CHUNK_ROWS * inputs];
        ForwardTrace trace = new ForwardTrace(network, CHUNK_ROWS);
        long total = 0;
        int n;
        while ((n = rows.read(x, CHUNK_ROWS)) > 0) {
            network.forward(x, n, trace);
            double[] y = trace.output();
            for (int r = 0; r < n; r++) {
                writer.row(x, r * inputs, y, r * outputs);
            }
            total += n;
            if (stream.checkError()) {
                break;
            }
        }
        writer.finish();
        return total;
    }
}
