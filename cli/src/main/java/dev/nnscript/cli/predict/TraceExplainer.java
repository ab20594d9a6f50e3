package dev.nnscript.cli.predict;

import dev.nnscript.cli.text.Assignments;
import dev.nnscript.dsl.print.ReadableNumbers;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import java.io.PrintWriter;

/**
 * The step-by-step walk through one forward pass, as the StatQuest notes do it by hand:
 *
 * <pre>
 * hidden layer 1
 *   node 1
 *     x = 0.1 × 1.7 + -0.85 = -0.68
 *     relu(-0.68) = 0
 * </pre>
 *
 * Every number shown is the engine's own: inputs, pre-activations and outputs come from the
 * {@link ForwardTrace}, weights and biases from the layers. Only their display is rounded.
 */
public final class TraceExplainer {

    /** A weighted sum longer than this shows its first terms and a count of the rest. */
    private static final int MAX_TERMS = 10;

    private final Network network;
    private final PrintWriter out;

    public TraceExplainer(Network network, PrintWriter out) {
        this.network = network;
        this.out = out;
    }

    /** Explains row {@code row} of the last pass recorded in {@code trace}. */
    public void explain(ForwardTrace trace, int row) {
        out.println(Assignments.format(network.inputNames(), trace.input(), row * network.inputCount()));
        for (int l = 0; l < network.layers().size(); l++) {
            double[] layerInput = l == 0 ? trace.input() : trace.outputs(l - 1);
            int inputOffset = row * network.layer(l).inputs();
            explainLayer(l, layerInput, inputOffset, trace, row);
        }
        out.println();
        double[] output = trace.output();
        out.println(Assignments.format(network.outputNames(), output, row * network.outputCount()));
    }

    private void explainLayer(int l, double[] x, int xOffset, ForwardTrace trace, int row) {
        DenseLayer layer = network.layer(l);
        boolean isOutput = l == network.layers().size() - 1;
        out.println();
        out.println(isOutput ? "output layer" : "hidden layer " + (l + 1));
        int offset = row * layer.outputs();
        double[] z = trace.preActivations(l);
        double[] a = trace.outputs(l);
        for (int node = 0; node < layer.outputs(); node++) {
            out.println("  " + (isOutput ? network.outputNames().get(node) : "node " + (node + 1)));
            out.println("    x = " + weightedSum(layer, node, x, xOffset) + " = " + ReadableNumbers.format(z[offset + node]));
            if (!layer.isSoftmax()) {
                out.println("    " + layer.activation(node).name() + "(" + ReadableNumbers.format(z[offset + node])
                        + ") = " + ReadableNumbers.format(a[offset + node]));
            }
        }
        if (layer.isSoftmax()) {
            out.println("  softmax over the x values");
            for (int node = 0; node < layer.outputs(); node++) {
                out.println("    " + network.outputNames().get(node) + " = " + ReadableNumbers.format(a[offset + node]));
            }
        }
    }

    /** {@code 0.1 × 1.7 + -0.85}: input times weight for each incoming connection, then the bias. */
    private static String weightedSum(DenseLayer layer, int node, double[] x, int xOffset) {
        StringBuilder sum = new StringBuilder();
        int shown = Math.min(layer.inputs(), MAX_TERMS);
        for (int i = 0; i < shown; i++) {
            sum.append(ReadableNumbers.format(x[xOffset + i])).append(" × ")
                    .append(ReadableNumbers.format(layer.weight(node, i))).append(" + ");
        }
        if (shown < layer.inputs()) {
            sum.append("… (").append(layer.inputs() - shown).append(" more terms) + ");
        }
        return sum.append(ReadableNumbers.format(layer.biases()[node])).toString();
    }
}
