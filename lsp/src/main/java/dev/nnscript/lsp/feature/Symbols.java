package dev.nnscript.lsp.feature;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.validate.ActivationChoice;
import dev.nnscript.dsl.validate.NodeLine;
import dev.nnscript.dsl.validate.PlannedLayer;
import dev.nnscript.dsl.validate.ResolvedLayer;
import dev.nnscript.lsp.analysis.Analysis;
import dev.nnscript.lsp.analysis.TextLines;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The outline: one symbol per layer ({@code hidden layer 1}, {@code output layer}), each with its
 * node lines as children ({@code node 1}, or the output's name) and the activation as detail. It
 * comes from the validator's layers, so it is there while other lines have errors.
 */
public final class Symbols {

    private Symbols() {}

    public static List<DocumentSymbol> of(Analysis analysis) {
        List<DocumentSymbol> symbols = new ArrayList<>();
        List<ResolvedLayer> layers = analysis.layers();
        TextLines lines = analysis.lines();
        for (int l = 0; l < layers.size(); l++) {
            ResolvedLayer layer = layers.get(l);
            String title = layer.planned().output() ? "output layer" : "hidden layer " + (l + 1);
            List<DocumentSymbol> nodes = new ArrayList<>();
            if (layer.planned() instanceof PlannedLayer.Nodes planned) {
                for (int j = 0; j < planned.nodes().size(); j++) {
                    NodeLine node = planned.nodes().get(j);
                    String name = node.name() == null ? "node " + (j + 1) : node.name().name();
                    nodes.add(symbol(name, SymbolKind.Function, activation(layer, j), lineRange(lines, node.position()),
                            List.of()));
                }
            } else if (layer.planned() instanceof PlannedLayer.Whole whole) {
                for (NameSpec name : whole.names()) {
                    nodes.add(symbol(name.name(), SymbolKind.Function, activation(layer, 0),
                            lineRange(lines, whole.position()), List.of()));
                }
            }
            Range range = nodes.isEmpty() ? lineRange(lines, layer.planned().position())
                    : new Range(nodes.get(0).getRange().getStart(), nodes.get(nodes.size() - 1).getRange().getEnd());
            String detail = (layer.outputs() < 0 ? "?" : layer.outputs()) + (layer.outputs() == 1 ? " node" : " nodes");
            symbols.add(symbol(title, SymbolKind.Class, detail, range, nodes));
        }
        return symbols;
    }

    private static String activation(ResolvedLayer layer, int node) {
        List<ActivationChoice> choices = layer.activations();
        ActivationChoice choice = choices.isEmpty() ? null : choices.get(Math.min(node, choices.size() - 1));
        return choice == null ? "" : choice.name();
    }

    private static Range lineRange(TextLines lines, SourcePosition at) {
        String text = lines.line(at.line() - 1);
        return new Range(new Position(at.line() - 1, 0), new Position(at.line() - 1, text.length()));
    }

    private static DocumentSymbol symbol(String name, SymbolKind kind, String detail, Range range,
            List<DocumentSymbol> children) {
        DocumentSymbol symbol = new DocumentSymbol(name, kind, range, range, detail);
        symbol.setChildren(children);
        return symbol;
    }
}
