package dev.nnscript.dsl.parser;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.spec.ActivationSpec;
import dev.nnscript.dsl.spec.FreezeSpec;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.WrittenNumber;
import dev.nnscript.dsl.spec.ParameterSpec;
import dev.nnscript.dsl.spec.SettingSpec;
import dev.nnscript.dsl.spec.StatementSpec;
import dev.nnscript.dsl.spec.WeightsSpec;
import java.util.List;

/**
 * Turns the parts of a {@code hidden} or {@code output} line (activation, {@code w=}/{@code b=}/
 * {@code init=} settings, freeze clause) into a node or whole-layer statement. Shared by the parser
 * and the Groovy builder, so both report a missing {@code w=} or a misplaced {@code init=} in the
 * same words.
 */
public final class NodeLines {

    private NodeLines() {}

    /**
     * {@code hidden 16 relu [init=he]} when {@code size} is given, else the node line
     * {@code hidden relu w=... b=...}.
     *
     * @param size the layer size, or null for a node line
     * @param freeze the freeze clause, or null
     * @param at where the line starts
     */
    public static StatementSpec hidden(WrittenNumber size, ActivationSpec activation, List<SettingSpec> settings,
            FreezeSpec freeze, SourcePosition at, DiagnosticList diagnostics) {
        NodeParameters p = NodeParameters.read(settings, diagnostics);
        if (size != null) {
            rejectNodeValues(p, diagnostics);
            return new StatementSpec.HiddenLayer(size, activation, p.init(), freeze, at);
        }
        rejectInit(p, "hidden 16 relu init=he", diagnostics);
        return new StatementSpec.HiddenNode(activation, weightsOrMissing(p, at, diagnostics),
                biasOrMissing(p, at, diagnostics), freeze, at);
    }

    /**
     * A whole output layer ({@code output a, b softmax}) when no {@code w=} or {@code b=} is given,
     * else one output node ({@code output effectiveness relu w=... b=...}).
     *
     * @param names at least one output name
     */
    public static StatementSpec output(List<NameSpec> names, ActivationSpec activation, List<SettingSpec> settings,
            FreezeSpec freeze, SourcePosition at, DiagnosticList diagnostics) {
        NodeParameters p = NodeParameters.read(settings, diagnostics);
        if (!p.hasNodeValues()) {
            return new StatementSpec.OutputLayer(names, activation, p.init(), freeze, at);
        }
        if (names.size() > 1) {
            diagnostics.error(names.get(1).position(), "an output line with w= and b= names one output; "
                    + "write one line per output node");
        }
        rejectInit(p, "output a, b softmax init=xavier", diagnostics);
        return new StatementSpec.OutputNode(names.get(0), activation, weightsOrMissing(p, at, diagnostics),
                biasOrMissing(p, at, diagnostics), freeze, at);
    }

    private static void rejectNodeValues(NodeParameters p, DiagnosticList diagnostics) {
        SourcePosition at = p.weights() != null ? p.weights().position()
                : p.bias() != null ? p.bias().position() : null;
        if (at != null) {
            diagnostics.error(at, "a whole layer takes no w= or b=; write one 'hidden ACT w=... b=...' line "
                    + "per node to give values");
        }
    }

    private static void rejectInit(NodeParameters p, String example, DiagnosticList diagnostics) {
        if (p.init() != null) {
            diagnostics.error(p.initPosition(), "init= is only for whole layers, such as '" + example + "'");
        }
    }

    private static WeightsSpec weightsOrMissing(NodeParameters p, SourcePosition line, DiagnosticList diagnostics) {
        if (p.weights() == null) {
            diagnostics.error(line, "missing w= (the node's incoming weights; write w=? for unknown weights)");
            return WeightsSpec.allUnknown(line);
        }
        return p.weights();
    }

    private static ParameterSpec biasOrMissing(NodeParameters p, SourcePosition line, DiagnosticList diagnostics) {
        if (p.bias() == null) {
            diagnostics.error(line, "missing b= (the node's bias; write b=? for an unknown bias)");
            return ParameterSpec.unknown(line);
        }
        return p.bias();
    }
}
