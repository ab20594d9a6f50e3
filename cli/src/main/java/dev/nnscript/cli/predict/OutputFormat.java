package dev.nnscript.cli.predict;

import dev.nnscript.core.network.Network;
import java.io.PrintWriter;

/** The {@code --format} choices for forward-pass results. */
public enum OutputFormat {
    /** For people: {@code effectiveness = 1.01}, readable numbers. */
    human,
    /** A header of input then output names, one row per input, shortest round-trip numbers. */
    csv,
    /** An array with one object per input, shortest round-trip numbers. */
    json;

    /** A writer in this format; {@code several} says whether more than one row may follow. */
    public PredictionWriter writer(Network network, PrintWriter out, boolean several) {
        return switch (this) {
            case human -> new HumanPredictionWriter(network, out, several);
            case csv -> new CsvPredictionWriter(network, out);
            case json -> new JsonPredictionWriter(network, out);
        };
    }
}
