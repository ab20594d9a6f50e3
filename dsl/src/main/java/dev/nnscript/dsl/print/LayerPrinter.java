package dev.nnscript.dsl.print;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.dsl.script.InitChoice;
import dev.nnscript.dsl.script.LayerUnknowns;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes layers: a whole-layer line ({@code hidden 16 relu}) when every parameter is unknown, the
 * nodes share one activation and freezing is all or nothing; otherwise one line per node, with a
 * {@code layer} line between two hidden layers of node lines.
 */
final class LayerPrinter {

    private final StringBuilder out;
    private boolean lastWasHiddenNodes;

    LayerPrinter(StringBuilder out) {
        this.out = out;
    }

    /** @param outputNames the output names for the output layer, null for a hidden layer */
    void print(DenseLayer layer, LayerUnknowns unknowns, List<String> outputNames) {
        if (isWhole(layer, unknowns)) {
            whole(layer, unknowns, outputNames);
            lastWasHiddenNodes = false;
            return;
        }
        if (outputNames == null && lastWasHiddenNodes) {
            out.append("layer\n");
        }
        for (int o = 0; o < layer.outputs(); o++) {
            out.append(outputNames == null ? "hidden" : "output " + outputNames.get(o)).append(' ')
                    .append(activation(layer, o)).append(' ');
            weights(layer, unknowns, o);
            out.append(" b=").append(unknowns.bias(o) ? "?" : ShortestDouble.format(layer.biases()[o]));
            freeze(layer, o);
            out.append('\n');
        }
        lastWasHiddenNodes = outputNames == null;
    }

    private static boolean isWhole(DenseLayer layer, LayerUnknowns unknowns) {
        if (!unknowns.allUnknown() || (!layer.isSoftmax() && layer.uniformActivation() == null)) {
            return false;
        }
        boolean first = layer.frozenBiases()[0];
        for (boolean f : layer.frozenWeights()) {
            if (f != first) {
                return false;
            }
        }
        for (boolean f : layer.frozenBiases()) {
            if (f != first) {
                return false;
            }
        }
        return true;
    }

    private void whole(DenseLayer layer, LayerUnknowns unknowns, List<String> outputNames) {
        out.append(outputNames == null ? "hidden " + layer.outputs() : "output " + String.join(", ", outputNames))
                .append(' ').append(activation(layer, 0));
        if (!unknowns.initializer().equals(InitChoice.defaultFor(layer))) {
            out.append(" init=").append(init(unknowns.initializer()));
        }
        if (layer.frozenBiases()[0]) {
            out.append(" freeze");
        }
        out.append('\n');
    }

    private static String activation(DenseLayer layer, int node) {
        if (layer.isSoftmax()) {
            return "softmax";
        }
        Activation a = layer.activation(node);
        if (a instanceof Activations.LeakyRelu leaky && leaky.slope() != Activations.LEAKY_RELU.slope()) {
            return "leaky_relu(" + ShortestDouble.format(leaky.slope()) + ")";
        }
        if (a instanceof Activations.Elu elu && elu.alpha() != Activations.ELU.alpha()) {
            return "elu(" + ShortestDouble.format(elu.alpha()) + ")";
        }
        return a.name();
    }

    private static String init(InitChoice init) {
        if (init.arguments().isEmpty()) {
            return init.kind().text();
        }
        return init.kind().text() + "(" + init.arguments().stream().map(ShortestDouble::format)
                .collect(Collectors.joining(", ")) + ")";
    }

    private void weights(DenseLayer layer, LayerUnknowns unknowns, int node) {
        int inputs = layer.inputs();
        List<String> entries = new ArrayList<>(inputs);
        boolean allUnknown = true;
        for (int i = 0; i < inputs; i++) {
            int k = node * inputs + i;
            allUnknown &= unknowns.weight(k);
            entries.add(unknowns.weight(k) ? "?" : ShortestDouble.format(layer.weights()[k]));
        }
        if (allUnknown) {
            out.append("w=?");
        } else if (inputs == 1) {
            out.append("w=").append(entries.get(0));
        } else {
            out.append("w=[").append(String.join(", ", entries)).append(']');
        }
    }

    private void freeze(DenseLayer layer, int node) {
        int inputs = layer.inputs();
        List<String> targets = new ArrayList<>();
        int frozenWeights = 0;
        for (int i = 0; i < inputs; i++) {
            if (layer.frozenWeights()[node * inputs + i]) {
                frozenWeights++;
                targets.add("w[" + (i + 1) + "]");
            }
        }
        boolean bias = layer.frozenBiases()[node];
        if (frozenWeights == inputs && bias) {
            out.append(" freeze");
            return;
        }
        if (frozenWeights == inputs) {
            targets = new ArrayList<>(List.of("w"));
        }
        if (bias) {
            targets.add("b");
        }
        if (!targets.isEmpty()) {
            out.append(" freeze ").append(String.join(", ", targets));
        }
    }
}
