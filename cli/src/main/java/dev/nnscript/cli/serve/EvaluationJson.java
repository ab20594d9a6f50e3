package dev.nnscript.cli.serve;

import com.google.gson.stream.JsonWriter;
import dev.nnscript.cli.predict.TraceExplainer;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One forward pass for the page: the outputs (exact, and as people read them) and the walk-through
 * {@code nnrun FILE --trace --input ...} prints for the same input, from the same explainer, so
 * the two texts are equal byte for byte.
 */
final class EvaluationJson {

    private EvaluationJson() {}

    static void write(JsonWriter json, Network network, double[] inputs) throws IOException {
        ForwardTrace trace = new ForwardTrace(network, 1);
        network.forward(inputs, 1, trace);
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            new TraceExplainer(network, out).explain(trace, 0);
        }
        double[] outputs = java.util.Arrays.copyOf(trace.output(), network.outputCount());
        json.beginObject();
        json.name("inputs");
        JsonText.numbers(json, inputs);
        json.name("outputs");
        JsonText.numbers(json, outputs);
        json.name("outputTexts");
        NetworkJson.readable(json, outputs);
        json.name("trace").value(text.toString());
        json.endObject();
    }
}
