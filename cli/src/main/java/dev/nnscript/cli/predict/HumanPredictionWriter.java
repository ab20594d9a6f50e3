package dev.nnscript.cli.predict;

import dev.nnscript.cli.text.Assignments;
import dev.nnscript.dsl.print.ReadableNumbers;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.diagnostic.PrintableText;
import java.io.PrintWriter;
import java.util.List;

/**
 * Results for people. One input prints only the outputs ({@code effectiveness = 1.01}); several
 * print each row's inputs above its indented outputs. A softmax network names the predicted class
 * and lists every class's probability.
 */
final class HumanPredictionWriter implements PredictionWriter {

    private final List<String> inputNames;
    private final List<String> outputNames;
    private final boolean softmax;
    private final PrintWriter out;
    private final boolean labelRows;
    private boolean first = true;

    HumanPredictionWriter(Network network, PrintWriter out, boolean labelRows) {
        this.inputNames = PrintableText.of(network.inputNames());
        this.outputNames = PrintableText.of(network.outputNames());
        this.softmax = network.outputLayer().isSoftmax();
        this.out = out;
        this.labelRows = labelRows;
    }

    @Override
    public void row(double[] input, int inputOffset, double[] output, int outputOffset) {
        String indent = "";
        if (labelRows) {
            if (!first) {
                out.println();
            }
            out.println(Assignments.format(inputNames, input, inputOffset));
            indent = "  ";
        }
        first = false;
        if (softmax) {
            int predicted = PredictedClass.of(output, outputOffset, outputNames.size());
            out.println(indent + "predicted class: " + (predicted == PredictedClass.NONE
                    ? "none (the probabilities are not numbers)"
                    : outputNames.get(predicted) + " (probability " + ReadableNumbers.format(output[outputOffset + predicted])
                            + ")"));
            out.println(indent + "probabilities: " + Assignments.format(outputNames, output, outputOffset));
        } else {
            for (int o = 0; o < outputNames.size(); o++) {
                out.println(indent + outputNames.get(o) + " = " + ReadableNumbers.format(output[outputOffset + o]));
            }
        }
    }

    @Override
    public void finish() {
        out.flush();
    }
}
