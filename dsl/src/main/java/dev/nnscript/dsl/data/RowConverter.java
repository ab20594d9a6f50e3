package dev.nnscript.dsl.data;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.diagnostic.Suggestions;
import dev.nnscript.dsl.spec.NonFiniteWords;
import dev.nnscript.dsl.spec.NumberSyntax;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Turns one data row (cells as text) into input and target numbers, by {@link ColumnRoles}. Class
 * labels become one-hot targets. Shared by inline tables and CSV files so both say the same things.
 */
public final class RowConverter {

    /** Characters of a cell quoted in a message. */
    private static final int MAX_QUOTED = 24;

    private final ColumnRoles roles;
    private final List<String> header;
    private final List<String> outputs;
    /** Targets of a softmax layer, which must be probabilities: each in [0, 1]. */
    private final boolean probabilityTargets;

    public RowConverter(ColumnRoles roles, List<String> header, ColumnRoles.Wanted wanted) {
        this.roles = roles;
        this.header = List.copyOf(header);
        this.outputs = List.copyOf(wanted.outputs());
        this.probabilityTargets = wanted.softmax();
    }

    public int inputCount() {
        return roles.inputColumns().length;
    }

    public int outputCount() {
        return roles.usesLabels() ? outputs.size() : roles.targetColumns().length;
    }

    /**
     * Writes row {@code cells} into {@code inputs[inputOffset..]} and {@code targets[targetOffset..]}.
     *
     * @param at the position of cell c, for messages
     * @return false after reporting a problem with the row
     */
    public boolean convert(List<String> cells, IntFunction<SourcePosition> at, DiagnosticList diagnostics,
            double[] inputs, int inputOffset, double[] targets, int targetOffset) {
        if (cells.size() != header.size()) {
            // Point at the first extra cell, or at the row when cells are missing.
            diagnostics.error(at.apply(cells.size() > header.size() ? header.size() : 0), "this row has " + cells.size() + (cells.size() == 1 ? " value" : " values")
                    + " but the header names " + header.size() + " columns");
            return false;
        }
        boolean ok = true;
        for (int i = 0; i < roles.inputColumns().length; i++) {
            ok &= number(cells, roles.inputColumns()[i], at, diagnostics, inputs, inputOffset + i);
        }
        if (!roles.usesLabels()) {
            for (int o = 0; o < roles.targetColumns().length; o++) {
                int column = roles.targetColumns()[o];
                if (number(cells, column, at, diagnostics, targets, targetOffset + o)) {
                    ok &= !probabilityTargets || probability(cells, column, at, diagnostics, targets[targetOffset + o]);
                } else {
                    ok = false;
                }
            }
            return ok;
        }
        String label = cells.get(roles.labelColumn()).strip();
        int index = outputs.indexOf(label);
        if (index < 0) {
            diagnostics.error(at.apply(roles.labelColumn()), "unknown class label " + quoted(label)
                    + Suggestions.didYouMeanName(label, outputs) + "; the labels are the output names");
            return false;
        }
        for (int o = 0; o < outputs.size(); o++) {
            targets[targetOffset + o] = o == index ? 1.0 : 0.0;
        }
        return ok;
    }

    private boolean number(List<String> cells, int column, IntFunction<SourcePosition> at, DiagnosticList diagnostics,
            double[] out, int index) {
        String text = cells.get(column).strip();
        String sign = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (NonFiniteWords.value(sign).isPresent()) {
            diagnostics.error(at.apply(column), quoted(text) + " in column '" + header.get(column)
                    + "' is not a finite number");
            return false;
        }
        double value;
        try {
            value = NumberSyntax.isNumber(text) ? Double.parseDouble(text) : Double.NaN;
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (Double.isNaN(value)) {
            diagnostics.error(at.apply(column), "expected a number in column '" + header.get(column)
                    + "' but found " + quoted(text));
            return false;
        }
        if (Double.isInfinite(value)) {
            diagnostics.error(at.apply(column), "number " + quoted(text) + " in column '" + header.get(column)
                    + "' is too large for a double");
            return false;
        }
        out[index] = value;
        return true;
    }

    /**
     * A softmax output's target must be a probability: cross-entropy against one outside [0, 1] can
     * be negative, a loss that looks better than perfect.
     */
    private boolean probability(List<String> cells, int column, IntFunction<SourcePosition> at,
            DiagnosticList diagnostics, double value) {
        if (value >= 0.0 && value <= 1.0) {
            return true;
        }
        diagnostics.error(at.apply(column), quoted(cells.get(column).strip()) + " in column '" + header.get(column)
                + "' is a target for a softmax output, which must be a probability from 0 to 1; write 1 for the"
                + " row's class and 0 for the others, or name the class in a label column");
        return false;
    }

    /**
     * A cell's text in quotes, shortened when long as script text is in syntax messages: a message
     * must not repeat a 10 MB cell.
     */
    static String quoted(String text) {
        return "'" + (text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text) + "'";
    }
}
