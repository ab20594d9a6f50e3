package dev.nnscript.cli.predict;

import dev.nnscript.cli.text.ExactNumbers;
import dev.nnscript.core.network.Network;
import java.io.PrintWriter;
import java.util.List;

/**
 * Results as a JSON array, one object per input:
 * {@code {"inputs": {"dosage": 0.5}, "outputs": {"effectiveness": 1.0100000000000016}}}, plus
 * {@code "predicted": "setosa"} for a softmax network. Numbers are in shortest round-trip form;
 * a non-finite output, which JSON cannot hold, is {@code null}.
 */
final class JsonPredictionWriter implements PredictionWriter {

    private final List<String> inputNames;
    private final List<String> outputNames;
    private final boolean softmax;
    private final PrintWriter out;
    private boolean first = true;

    JsonPredictionWriter(Network network, PrintWriter out) {
        this.inputNames = network.inputNames();
        this.outputNames = network.outputNames();
        this.softmax = network.outputLayer().isSoftmax();
        this.out = out;
        out.print('[');
    }

    @Override
    public void row(double[] input, int inputOffset, double[] output, int outputOffset) {
        StringBuilder json = new StringBuilder(first ? "\n  {" : ",\n  {");
        first = false;
        json.append("\"inputs\": ");
        object(json, inputNames, input, inputOffset);
        json.append(", \"outputs\": ");
        object(json, outputNames, output, outputOffset);
        if (softmax) {
            int predicted = PredictedClass.of(output, outputOffset, outputNames.size());
            json.append(", \"predicted\": ");
            if (predicted == PredictedClass.NONE) {
                json.append("null");
            } else {
                string(json, outputNames.get(predicted));
            }
        }
        out.append(json.append('}'));
    }

    @Override
    public void finish() {
        out.print(first ? "]\n" : "\n]\n");
        out.flush();
    }

    private static void object(StringBuilder json, List<String> names, double[] values, int offset) {
        json.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                json.append(", ");
            }
            string(json, names.get(i));
            double value = values[offset + i];
            json.append(": ").append(Double.isFinite(value) ? ExactNumbers.format(value) : "null");
        }
        json.append('}');
    }

    /** Names are identifiers or integers, but quote and backslash are escaped all the same. */
    private static void string(StringBuilder json, String text) {
        json.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
}
