package dev.nnscript.dsl.assemble;

import dev.nnscript.dsl.parser.SourceLayout;
import dev.nnscript.dsl.script.CommentAnchor;
import dev.nnscript.dsl.script.CommentAnchor.Kind;
import dev.nnscript.dsl.spec.StatementSpec;
import dev.nnscript.dsl.validate.PlannedLayer;
import dev.nnscript.dsl.validate.ResolvedLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which canonical line each code line of a valid script becomes: node and whole-layer lines by
 * their layer (as the validator grouped them for the assembler), data rows by number, the rest by statement.
 */
final class CommentAnchors {

    private final Map<Integer, CommentAnchor> byLine = new TreeMap<>();

    private CommentAnchors() {}

    /** @return the anchor of each code line, by 1-based line */
    static Map<Integer, CommentAnchor> of(List<StatementSpec> statements, List<ResolvedLayer> resolved,
            SourceLayout layout) {
        CommentAnchors anchors = new CommentAnchors();
        List<PlannedLayer> layers = new ArrayList<>(resolved.size());
        for (ResolvedLayer layer : resolved) {
            layers.add(layer.planned());
        }
        anchors.layers(layers);
        anchors.statements(statements, layers, layout);
        return anchors.byLine;
    }

    private void layers(List<PlannedLayer> layers) {
        for (int l = 0; l < layers.size(); l++) {
            if (layers.get(l) instanceof PlannedLayer.Nodes nodes) {
                for (int o = 0; o < nodes.nodes().size(); o++) {
                    put(nodes.nodes().get(o).position().line(), CommentAnchor.node(l, o));
                }
            } else {
                put(layers.get(l).position().line(), CommentAnchor.layer(l));
            }
        }
    }

    private void statements(List<StatementSpec> statements, List<PlannedLayer> layers, SourceLayout layout) {
        int trains = 0;
        int predictions = 0;
        int reports = 0;
        for (StatementSpec s : statements) {
            int line = s.position().line();
            if (s instanceof StatementSpec.NetworkName) {
                put(line, CommentAnchor.of(Kind.NETWORK));
            } else if (s instanceof StatementSpec.Input) {
                put(line, CommentAnchor.of(Kind.INPUT));
            } else if (s instanceof StatementSpec.LayerBreak) {
                // A `layer` line starts the first layer that begins below it.
                int next = (int) layers.stream().filter(p -> p.position().line() < line).count();
                put(line, CommentAnchor.layerBreak(next));
            } else if (s instanceof StatementSpec.CsvData) {
                put(line, CommentAnchor.of(Kind.DATA));
            } else if (s instanceof StatementSpec.InlineData table) {
                table(table, layout);
            } else if (s instanceof StatementSpec.Train) {
                put(line, CommentAnchor.numbered(Kind.TRAIN, trains++));
            } else if (s instanceof StatementSpec.Predict) {
                put(line, CommentAnchor.numbered(Kind.PREDICT, predictions++));
            } else if (s instanceof StatementSpec.Report r) {
                // The printer writes one report per line, so a statement's comments go with its first.
                put(line, CommentAnchor.numbered(Kind.REPORT, reports));
                reports += r.what().size();
            }
        }
    }

    /** The data line, each row, and the {@code end} line: the first code line after the last row. */
    private void table(StatementSpec.InlineData table, SourceLayout layout) {
        int last = table.position().line();
        put(last, CommentAnchor.of(Kind.DATA));
        for (int r = 0; r < table.rows().size(); r++) {
            last = table.rows().get(r).get(0).position().line();
            put(last, CommentAnchor.numbered(Kind.ROW, r));
        }
        int end = last + 1;
        while (end <= layout.lineCount() && !layout.isCode(end)) {
            end++;
        }
        put(end, CommentAnchor.of(Kind.END));
    }

    private void put(int line, CommentAnchor anchor) {
        byLine.putIfAbsent(line, anchor);
    }
}
