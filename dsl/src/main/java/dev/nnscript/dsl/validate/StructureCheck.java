package dev.nnscript.dsl.validate;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.ScriptSpec;
import dev.nnscript.dsl.spec.StatementSpec;
import java.util.HashMap;
import java.util.Map;

/**
 * Statement counts and order: one {@code input} before any layer, at most one {@code network}
 * (before {@code input}) and one {@code data}, hidden layers before the output layer, an output
 * layer written one way, and no name used twice among inputs and outputs.
 */
final class StructureCheck {

    private final DiagnosticList diagnostics;
    private final Map<String, NameSpec> names = new HashMap<>();
    private StatementSpec.NetworkName networkName;
    private StatementSpec.Input input;
    private StatementSpec firstOutput;
    private StatementSpec outputLayer;
    private StatementSpec data;
    private boolean sawHidden;
    /** A hidden line came after the output layer: reported once, and the layers' widths mean nothing. */
    private boolean hiddenAfterOutput;

    /** False when no input line exists: then "missing 'input' line" is the one message, not one per layer. */
    private final boolean inputExists;

    private StructureCheck(DiagnosticList diagnostics, boolean inputExists) {
        this.diagnostics = diagnostics;
        this.inputExists = inputExists;
    }

    private static boolean hasInput(ScriptSpec spec) {
        for (StatementSpec s : spec.statements()) {
            if (s instanceof StatementSpec.Input) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reports what is wrong with the statements' counts and order; returns whether the layers are
     * in order (no hidden line after the output layer), without which weight counts are not checked:
     * a misplaced output line would otherwise also get a wrong "expected N weights".
     */
    static boolean check(ScriptSpec spec, DiagnosticList diagnostics) {
        StructureCheck c = new StructureCheck(diagnostics, hasInput(spec));
        for (StatementSpec s : spec.statements()) {
            c.visit(s);
        }
        SourcePosition start = SourcePosition.startOf(spec.fileName());
        if (c.input == null) {
            diagnostics.error(start, "missing 'input' line, such as 'input dosage'");
        }
        if (c.firstOutput == null) {
            diagnostics.error(start, "missing 'output' line, such as 'output effectiveness relu w=1.0 b=0'");
        }
        return !c.hiddenAfterOutput;
    }

    private void visit(StatementSpec s) {
        if (s instanceof StatementSpec.NetworkName n) {
            once(networkName, s, "network");
            if (networkName == null && input != null) {
                diagnostics.error(s.position(), "'network' must come before 'input'");
            }
            networkName = networkName == null ? n : networkName;
        } else if (s instanceof StatementSpec.Input in) {
            once(input, s, "input");
            if (input == null) {
                input = in;
                for (NameSpec n : in.names()) {
                    name(n);
                }
            }
        } else if (s instanceof StatementSpec.HiddenNode || s instanceof StatementSpec.HiddenLayer
                || s instanceof StatementSpec.LayerBreak) {
            hidden(s);
        } else if (s instanceof StatementSpec.OutputNode o) {
            output(s);
            name(o.name());
        } else if (s instanceof StatementSpec.OutputLayer o) {
            output(s);
            for (NameSpec n : o.names()) {
                name(n);
            }
        } else if (s instanceof StatementSpec.InlineData || s instanceof StatementSpec.CsvData) {
            once(data, s, "data");
            data = data == null ? s : data;
        }
    }

    private void hidden(StatementSpec s) {
        String word = s instanceof StatementSpec.LayerBreak ? "layer" : "hidden";
        if (input == null) {
            if (inputExists) {
                diagnostics.error(s.position(), "'" + word + "' must come after 'input'");
            }
        } else if (firstOutput != null) {
            if (!hiddenAfterOutput) {
                // Once: one misplaced output line is one mistake, however many hidden lines follow it.
                diagnostics.error(s.position(), "hidden layers must come before the output layer (line "
                        + firstOutput.position().line() + ")");
            }
            hiddenAfterOutput = true;
        } else if (s instanceof StatementSpec.LayerBreak && !sawHidden) {
            diagnostics.error(s.position(), "'layer' ends a hidden layer, but no hidden line comes before it");
        }
        sawHidden = true;
    }

    private void output(StatementSpec s) {
        if (input == null && inputExists) {
            diagnostics.error(s.position(), "'output' must come after 'input'");
        }
        boolean whole = s instanceof StatementSpec.OutputLayer;
        if (outputLayer != null || (whole && firstOutput != null)) {
            StatementSpec first = outputLayer != null ? outputLayer : firstOutput;
            diagnostics.error(s.position(), "the output layer is already given on line " + first.position().line()
                    + "; write either one 'output NAME, NAME ACT' line or one 'output NAME ACT w=... b=...' "
                    + "line per node");
        }
        if (whole && outputLayer == null) {
            outputLayer = s;
        }
        if (firstOutput == null) {
            firstOutput = s;
        }
    }

    private void once(StatementSpec first, StatementSpec again, String word) {
        if (first != null) {
            diagnostics.error(again.position(), "'" + word + "' may appear only once (first on line "
                    + first.position().line() + ")");
        }
    }

    private void name(NameSpec n) {
        NameSpec first = names.putIfAbsent(n.name(), n);
        if (first != null) {
            diagnostics.error(n.position(), "duplicate name '" + n.name() + "' (first on line "
                    + first.position().line() + ")");
        }
    }
}
