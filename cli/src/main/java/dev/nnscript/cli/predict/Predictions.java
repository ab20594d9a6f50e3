package dev.nnscript.cli.predict;

import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import java.io.PrintWriter;
import java.util.List;

/**
 * Forward passes for the rows given with {@code --input}: one pass over all of them, then either
 * the results in the chosen format or, with {@code --trace}, the walk-through of each row.
 */
public final class Predictions {

    private final Network network;
    private final PrintWriter out;

    public Predictions(Network network, PrintWriter out) {
        this.network = network;
        this.out = out;
    }

    public void write(List<double[]> rows, OutputFormat format) {
        ForwardTrace trace = forward(rows);
        PredictionWriter writer = format.writer(network, out, rows.size() > 1);
        for (int r = 0; r < rows.size(); r++) {
            writer.row(trace.input(), r * network.inputCount(), trace.output(), r * network.outputCount());
        }
        writer.finish();
    }

    public void explain(List<double[]> rows) {
        ForwardTrace trace = forward(rows);
        TraceExplainer explainer = new TraceExplainer(network, out);
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) {
                out.println();
            }
            explainer.explain(trace, r);
        }
        out.flush();
    }

    private ForwardTrace forward(List<double[]> rows) {
        int inputs = network.inputCount();
        double[] x = new double[rows.size() * inputs];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, x, r * inputs, inputs);
        }
        ForwardTrace trace = new ForwardTrace(network, rows.size());
        network.forward(x, rows.size(), trace);
        return trace;
    }
}
