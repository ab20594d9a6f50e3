package dev.nnscript.dsl.validate;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.spec.ActivationSpec;
import dev.nnscript.dsl.spec.FreezeSpec;
import dev.nnscript.dsl.spec.InitSpec;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.WrittenNumber;
import java.util.List;

/** One layer of the network as the statements describe it: node lines, or one whole-layer line. */
public sealed interface PlannedLayer {

    boolean output();

    SourcePosition position();

    /** Consecutive node lines ({@code hidden relu w=... b=...} or one output line per node). */
    record Nodes(List<NodeLine> nodes, boolean output) implements PlannedLayer {
        public Nodes {
            nodes = List.copyOf(nodes);
        }
        public SourcePosition position() { return nodes.get(0).position(); }
    }

    /**
     * {@code hidden 16 relu} (size given, no names) or {@code output a, b softmax} (names given).
     *
     * @param size the written size of a hidden layer, or null for an output layer
     * @param init the written initializer, or null for the default
     * @param freeze a bare freeze, or null
     */
    record Whole(WrittenNumber size, List<NameSpec> names, ActivationSpec activation, InitSpec init,
            FreezeSpec freeze, boolean output, SourcePosition position) implements PlannedLayer {
        public Whole {
            names = List.copyOf(names);
        }
    }
}
