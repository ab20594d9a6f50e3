package dev.nnscript.dsl.print;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.dsl.script.CommentAnchor;
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

    private final CommentWriter out;
    private boolean lastWasHiddenNodes;

    LayerPrinter(CommentWriter out) {
        this.out = out;
    }

    /**
     * @param index the layer's index, which names the comments of its lines
     * @param outputNames the output names for the output layer, null for a hidden layer
     */
    void print(int index, DenseLayer layer, LayerUnknowns unknowns, List<String> outputNames) {
        CommentAnchor wholeLine = CommentAnchor.layer(index);
        CommentAnchor breakLine = CommentAnchor.layerBreak(index);
        if (isWhole(layer, unknowns)) {
            List<CommentAnchor> replaced = new ArrayList<>(List.of(breakLine));
            for (int o = 0; o < layer.outputs(); o++) {
                replaced.add(CommentAnchor.node(index, o));
            }
            out.merged(whole(layer, unknowns, outputNames), wholeLine, replaced);
            lastWasHiddenNodes = false;
            return;
        }
        if (outputNames == null && lastWasHiddenNodes) {
            out.line("layer", breakLine);
        }
        for (int o = 0; o < layer.outputs(); o++) {
            StringBuilder line = new StringBuilder();
            line.append(outputNames == null ? "hidden" : "output " + outputNames.get(o)).append(' ')
                    .append(activation(layer, o)).append(' ');
            weights(line, layer, unknowns, o);
            line.append(" b=").append(unknowns.bias(o) ? "?" : ScriptNumberFormat.format(layer.biases()[o]));
            freeze(line, layer, o);
            out.line(line, CommentAnchor.node(index, o), o == 0 ? List.of(breakLine, wholeLine) : List.of());
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

    private static StringBuilder whole(DenseLayer layer, LayerUnknowns unknowns, List<String> outputNames) {
        StringBuilder out = new StringBuilder();
        out.append(outputNames == null ? "hidden " + layer.outputs() : "output " + NameRuns.join(outputNames))
                .append(' ').append(activation(layer, 0));
        if (!unknowns.initializer().equals(InitChoice.defaultFor(layer))) {
            out.append(" init=").append(init(unknowns.initializer()));
        }
        if (layer.frozenBiases()[0]) {
            out.append(" freeze");
        }
        return out;
    }

    private static String activation(DenseLayer layer, int node) {
        if (layer.isSoftmax()) {
            return "softmax";
        }
        Activation a = layer.activation(node);
        if (a instanceof Activations.LeakyRelu leaky && leaky.slope() != Activations.LEAKY_RELU.slope()) {
            return "leaky_relu(" + ScriptNumberFormat.format(leaky.slope()) + ")";
        }
        if (a instanceof Activations.Elu elu && elu.alpha() != Activations.ELU.alpha()) {
            return "elu(" + ScriptNumberFormat.format(elu.alpha()) + ")";
        }
        return a.name();
    }

    private static String init(InitChoice init) {
        if (init.arguments().isEmpty()) {
            return init.kind().text();
        }
        return init.kind().text() + "(" + init.arguments().stream().map(ScriptNumberFormat::format)
                .collect(Collectors.joining(", ")) + ")";
    }

    private static void weights(StringBuilder out, DenseLayer layer, LayerUnknowns unknowns, int node) {
        int inputs = layer.inputs();
        List<String> entries = new ArrayList<>(inputs);
        boolean allUnknown = true;
        for (int i = 0; i < inputs; i++) {
            int k = node * inputs + i;
            allUnknown &= unknowns.weight(k);
            entries.add(unknowns.weight(k) ? "?" : ScriptNumberFormat.format(layer.weights()[k]));
        }
        if (allUnknown) {
            out.append("w=?");
        } else if (inputs == 1) {
            out.append("w=").append(entries.get(0));
        } else {
            out.append("w=[").append(String.join(", ", entries)).append(']');
        }
    }

    private static void freeze(StringBuilder out, DenseLayer layer, int node) {
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
