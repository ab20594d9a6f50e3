package dev.nnscript.cli.predict;

import dev.nnscript.cli.failure.InvalidInputException;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Forward passes for the rows given with {@code --input}: one pass over all of them, then either
 * the results in the chosen format or, with {@code --trace}, the walk-through of each row.
 */
public final class Predictions {

    private final Network network;
    private final PrintWriter out;
    /** The rows whose prediction is not finite. */
    private final NonFiniteOutput nonFinite = new NonFiniteOutput();

    public Predictions(Network network, PrintWriter out) {
        this.network = network;
        this.out = out;
    }

    public void write(List<double[]> rows, OutputFormat format) {
        ForwardTrace trace = forward(rows);
        PredictionWriter writer = format.writer(network, out, rows.size() > 1);
        for (int r = 0; r < rows.size(); r++) {
            writer.row(trace.input(), r * network.inputCount(), trace.output(), r * network.outputCount());
            nonFinite.note(trace.output(), r * network.outputCount(), network.outputCount(), r + 1);
        }
        writer.finish();
    }

    /** After {@link #write}: the warning when a prediction is not finite, naming the first such --input. */
    public Optional<String> nanWarning() {
        return !nonFinite.any() ? Optional.empty() : Optional.of("nnrun: warning: " + nonFinite.what()
                + " for --input number " + nonFinite.firstRow()
                + "; a value overflowed inside the network (--trace shows where)");
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
        int most = ForwardTrace.maxRows(network);
        if (rows.size() > most) {
            throw new InvalidInputException("nnrun: " + rows.size() + " --input values at once are too many for this"
                    + " network: its widest layer's values for them would not fit one Java array; give at most " + most
                    + ", or put the rows in a CSV file for --inputs, which streams them");
        }
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
