package dev.nnscript.lsp.feature;

import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.print.ReadableNumbers;
import dev.nnscript.dsl.print.ScriptNumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * One node's formula with its numbers, {@code relu(1.7 × dosage + -0.85)}, and the same sum with a
 * sample input put in, {@code 1.7 × 0 + -0.85 = -0.85}. Weights and biases print in the shortest
 * round-trip form (the numbers the script holds); values computed at the sample print for reading.
 * A hidden node's output is named {@code h1.2} (hidden layer 1, node 2).
 */
final class NodeFormula {

    /** A sum longer than this shows its first terms and a count of the rest. */
    private static final int MAX_TERMS = 10;

    private NodeFormula() {}

    /** The names of layer {@code l}'s inputs: the network's inputs, or the previous layer's nodes. */
    static List<String> inputNames(Network network, int l) {
        if (l == 0) {
            return network.inputNames();
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < network.layer(l - 1).outputs(); k++) {
            names.add(nodeName(network, l - 1, k));
        }
        return names;
    }

    /** {@code h1.2} for a hidden node, the output's name for an output node. */
    static String nodeName(Network network, int l, int node) {
        return l == network.layers().size() - 1 ? network.outputNames().get(node) : "h" + (l + 1) + "." + (node + 1);
    }

    /** {@code 1.7 × dosage + -0.85}: the weighted sum as written. */
    static String sum(Network network, int l, int node) {
        DenseLayer layer = network.layer(l);
        List<String> names = inputNames(network, l);
        StringBuilder out = new StringBuilder();
        int shown = Math.min(layer.inputs(), MAX_TERMS);
        for (int k = 0; k < shown; k++) {
            out.append(ScriptNumberFormat.format(layer.weight(node, k))).append(" × ").append(names.get(k))
                    .append(" + ");
        }
        more(out, layer.inputs() - shown);
        return out.append(ScriptNumberFormat.format(layer.biases()[node])).toString();
    }

    /** {@code 1.7 × 0.5 + -0.85}: the sum with the layer's input values put in. */
    static String sumAt(DenseLayer layer, int node, double[] x) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(layer.inputs(), MAX_TERMS);
        for (int k = 0; k < shown; k++) {
            out.append(ScriptNumberFormat.format(layer.weight(node, k))).append(" × ")
                    .append(ReadableNumbers.format(x[k])).append(" + ");
        }
        more(out, layer.inputs() - shown);
        return out.append(ScriptNumberFormat.format(layer.biases()[node])).toString();
    }

    private static void more(StringBuilder out, int rest) {
        if (rest > 0) {
            out.append("… (").append(rest).append(rest == 1 ? " more term) + " : " more terms) + ");
        }
    }

    /** The activation applied to the sum: {@code relu(…)}, or {@code softmax(…)[j]} for a softmax layer. */
    static String applied(DenseLayer layer, int node, String sum) {
        return layer.isSoftmax() ? "softmax of the layer's sums, entry " + (node + 1) + " (this sum: " + sum + ")"
                : layer.activation(node).name() + "(" + sum + ")";
    }
}
