package dev.nnscript.cli.check;

import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.diagnostic.PrintableText;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code nnrun check} prints about a valid script's network: inputs, each layer's size and
 * activations, and the parameter count with how many are unknown (to be learned) and frozen.
 */
public final class NetworkSummary {

    /** Longer name lists are shortened to their first names and a count. */
    private static final int MAX_NAMES = 10;

    private NetworkSummary() {}

    /** @param unknownParameters how many parameters the script wrote as {@code ?} */
    public static void print(Network network, long unknownParameters, PrintWriter out) {
        if (network.name() != null) {
            out.println("  network     " + PrintableText.of(network.name()));
        }
        out.println("  inputs      " + names(network.inputNames()));
        int last = network.layers().size() - 1;
        for (int l = 0; l <= last; l++) {
            DenseLayer layer = network.layer(l);
            String role = l == last ? "output " + names(network.outputNames()) : "hidden, " + nodes(layer.outputs());
            out.println("  layer " + (l + 1) + "     " + role + ", " + activations(layer));
        }
        out.println("  parameters  " + network.parameterCount() + " (" + unknownParameters + " unknown, "
                + frozen(network) + " frozen)");
        out.flush();
    }

    private static String nodes(int count) {
        return count + (count == 1 ? " node" : " nodes");
    }

    private static String names(List<String> names) {
        if (names.size() <= MAX_NAMES) {
            return PrintableText.of(String.join(", ", names));
        }
        return PrintableText.of(String.join(", ", names.subList(0, MAX_NAMES))) + ", ... (" + names.size()
                + " in all)";
    }

    private static String activations(DenseLayer layer) {
        if (layer.isSoftmax()) {
            return "softmax";
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (int node = 0; node < layer.outputs(); node++) {
            distinct.add(layer.activation(node).name());
        }
        return String.join(", ", distinct);
    }

    private static long frozen(Network network) {
        long count = 0;
        for (DenseLayer layer : network.layers()) {
            for (boolean f : layer.frozenWeights()) {
                count += f ? 1 : 0;
            }
            for (boolean f : layer.frozenBiases()) {
                count += f ? 1 : 0;
            }
        }
        return count;
    }
}
