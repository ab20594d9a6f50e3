package dev.nnscript.dsl.validate;

import dev.nnscript.dsl.spec.StatementSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups layer statements into layers, in order: consecutive hidden node lines form one layer
 * until a {@code layer} line or a whole-layer line; output lines form the last layer. Order
 * problems (a hidden line after the output) are the structure check's to report; this only groups.
 */
public final class LayerPlanner {

    private final List<PlannedLayer> layers = new ArrayList<>();
    private final List<NodeLine> open = new ArrayList<>();
    private boolean openIsOutput;

    private LayerPlanner() {}

    public static List<PlannedLayer> plan(List<StatementSpec> statements) {
        LayerPlanner planner = new LayerPlanner();
        for (StatementSpec s : statements) {
            planner.add(s);
        }
        planner.close();
        return List.copyOf(planner.layers);
    }

    private void add(StatementSpec s) {
        if (s instanceof StatementSpec.HiddenNode n) {
            node(NodeLine.of(n), false);
        } else if (s instanceof StatementSpec.OutputNode n) {
            node(NodeLine.of(n), true);
        } else if (s instanceof StatementSpec.LayerBreak) {
            close();
        } else if (s instanceof StatementSpec.HiddenLayer h) {
            close();
            layers.add(new PlannedLayer.Whole(h.size(), List.of(), h.activation(), h.init(), h.freeze(), false,
                    h.position()));
        } else if (s instanceof StatementSpec.OutputLayer o) {
            close();
            layers.add(new PlannedLayer.Whole(null, o.names(), o.activation(), o.init(), o.freeze(), true,
                    o.position()));
        }
    }

    private void node(NodeLine line, boolean output) {
        if (!open.isEmpty() && openIsOutput != output) {
            close();
        }
        openIsOutput = output;
        open.add(line);
    }

    private void close() {
        if (!open.isEmpty()) {
            layers.add(new PlannedLayer.Nodes(open, openIsOutput));
            open.clear();
        }
    }
}
