package dev.nnscript.lsp.feature;

import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.print.ReadableNumbers;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.validate.NodeLine;
import dev.nnscript.dsl.validate.PlannedLayer;
import dev.nnscript.dsl.validate.ResolvedLayer;
import dev.nnscript.lsp.analysis.Analysis;
import java.util.List;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * The hover on a node line ({@code hidden relu w=1.70 b=-0.85}, {@code output y sigmoid}) or a
 * whole-layer line ({@code hidden 4 tanh}): which layer and node it is, its formula with the
 * script's numbers, its parameter count, and its value at the sample input ({@link SampleInput}).
 * Nothing when the script does not load (the diagnostics say why) or the line is no node line.
 */
public final class NodeHover {

    private NodeHover() {}

    public static Hover at(Analysis analysis, Position position) {
        Script script = analysis.script().orElse(null);
        if (script == null || analysis.layers().size() != script.network().layers().size()) {
            return null;
        }
        int line = position.getLine() + 1;
        for (int l = 0; l < analysis.layers().size(); l++) {
            ResolvedLayer layer = analysis.layers().get(l);
            if (layer.planned() instanceof PlannedLayer.Nodes nodes) {
                List<NodeLine> lines = nodes.nodes();
                for (int j = 0; j < lines.size(); j++) {
                    if (lines.get(j).position().line() == line) {
                        return markdown(node(script, l, j));
                    }
                }
            } else if (layer.planned().position().line() == line) {
                return markdown(wholeLayer(script, l));
            }
        }
        return null;
    }

    private static String node(Script script, int l, int node) {
        Network network = script.network();
        DenseLayer layer = network.layer(l);
        SampleInput sample = SampleInput.of(script);
        SampleValues values = SampleValues.of(network, sample.values());
        String name = NodeFormula.nodeName(network, l, node);
        StringBuilder out = new StringBuilder();
        out.append("**").append(layerTitle(network, l)).append(", node ").append(node + 1).append("** (`")
                .append(name).append("`)\n\n");
        out.append("```text\n").append(name).append(" = ")
                .append(NodeFormula.applied(layer, node, NodeFormula.sum(network, l, node))).append("\n```\n\n");
        out.append(parameters(network, l, layer.inputs() + 1)).append("\n\n");
        out.append(unknowns(script, l));
        out.append("At ").append(inputText(network, sample)).append(" (").append(sample.origin()).append("):\n\n");
        out.append("```text\n").append(NodeFormula.sumAt(layer, node, values.inputs(l))).append(" = ")
                .append(ReadableNumbers.format(values.sum(l, node))).append('\n');
        out.append(name).append(" = ").append(layer.isSoftmax() ? "softmax entry " + (node + 1)
                : layer.activation(node).name() + "(" + ReadableNumbers.format(values.sum(l, node)) + ")")
                .append(" = ").append(ReadableNumbers.format(values.output(l, node))).append("\n```");
        return out.toString();
    }

    private static String wholeLayer(Script script, int l) {
        Network network = script.network();
        DenseLayer layer = network.layer(l);
        SampleInput sample = SampleInput.of(script);
        SampleValues values = SampleValues.of(network, sample.values());
        StringBuilder out = new StringBuilder();
        out.append("**").append(layerTitle(network, l)).append("**: ").append(layer.outputs())
                .append(layer.outputs() == 1 ? " node, " : " nodes, ")
                .append(layer.isSoftmax() ? "softmax" : layer.activation(0).name()).append("\n\n");
        out.append(parameters(network, l, -1)).append("\n\n");
        out.append(unknowns(script, l));
        out.append("At ").append(inputText(network, sample)).append(" (").append(sample.origin())
                .append("):\n\n```text\n");
        for (int node = 0; node < layer.outputs() && node < 10; node++) {
            out.append(NodeFormula.nodeName(network, l, node)).append(" = ")
                    .append(ReadableNumbers.format(values.output(l, node))).append('\n');
        }
        if (layer.outputs() > 10) {
            out.append("… (").append(layer.outputs() - 10).append(" more)\n");
        }
        return out.append("```").toString();
    }

    private static String layerTitle(Network network, int l) {
        return l == network.layers().size() - 1 ? "output layer" : "hidden layer " + (l + 1);
    }

    /** @param perNode a node's parameters, or -1 for a whole-layer line */
    private static String parameters(Network network, int l, int perNode) {
        String node = perNode < 0 ? ""
                : plural(perNode, "parameter") + " (" + plural(perNode - 1, "weight") + ", 1 bias); ";
        return node + "layer: " + plural(network.layer(l).parameterCount(), "parameter") + "; network: "
                + plural(network.parameterCount(), "parameter");
    }

    /** A layer with {@code ?} parameters shows their starting values: say so. */
    private static String unknowns(Script script, int l) {
        boolean any = l < script.unknowns().size() && script.unknowns().get(l).unknownCount() > 0;
        return any ? "Its `?` parameters show their starting values, drawn from the seed "
                + script.training().seedOrDefault() + "; training learns them.\n\n" : "";
    }

    private static String plural(long n, String word) {
        return String.format("%,d %s%s", n, word, n == 1 ? "" : "s");
    }

    private static String inputText(Network network, SampleInput sample) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(network.inputCount(), 6);
        for (int i = 0; i < shown; i++) {
            out.append(i == 0 ? "" : ", ").append(network.inputNames().get(i)).append(" = ")
                    .append(ReadableNumbers.format(sample.values()[i]));
        }
        return network.inputCount() > shown ? out.append(", …").toString() : out.toString();
    }

    private static Hover markdown(String text) {
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, text));
    }
}
