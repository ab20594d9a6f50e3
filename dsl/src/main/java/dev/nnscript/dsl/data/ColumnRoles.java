package dev.nnscript.dsl.data;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.diagnostic.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which data column feeds each input and target. Every input name must be a column. Targets are
 * either one column per output name (numbers), or, for a softmax output layer, one column of class
 * labels that are output names: the {@code label=} column, or else the one column that is neither
 * an input nor an output. Other columns are ignored.
 *
 * @param inputColumns for each input, its column index
 * @param targetColumns for each output, its column index; empty when labels are used
 * @param labelColumn the class-label column, or -1
 */
public record ColumnRoles(int[] inputColumns, int[] targetColumns, int labelColumn) {

    /**
     * What the data must match: the network's names, whether its outputs are a softmax, and the
     * {@code label=} option (or null). No outputs means inputs only (rows to predict).
     */
    public record Wanted(List<String> inputs, List<String> outputs, boolean softmax, String label) {

        public Wanted {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
        }

        /** Only the inputs, for prediction. */
        public static Wanted inputsOf(List<String> inputs) {
            return new Wanted(inputs, List.of(), false, null);
        }
    }

    /** Columns in a data file or table: a wider one is not data for a network of this tool. */
    public static final int MAX_COLUMNS = 100_000;

    /** The roles, or null after reporting why the header does not fit ({@code at} is the header). */
    public static ColumnRoles resolve(List<String> header, Wanted wanted, SourcePosition at,
            DiagnosticList diagnostics) {
        if (header.size() > MAX_COLUMNS) {
            diagnostics.error(at, String.format("the data have %,d columns; at most %,d are allowed", header.size(),
                    MAX_COLUMNS));
            return null;
        }
        Map<String, Integer> index = firstIndexes(header);
        boolean ok = checkDuplicates(header, index, at, diagnostics);
        int[] inputs = new int[wanted.inputs().size()];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = index.getOrDefault(wanted.inputs().get(i), -1);
            if (inputs[i] < 0) {
                diagnostics.error(at, "the data have no column '" + wanted.inputs().get(i) + "' for input '"
                        + wanted.inputs().get(i) + "'" + Suggestions.didYouMeanName(wanted.inputs().get(i),
                                unclaimed(header, wanted)));
                ok = false;
            }
        }
        if (wanted.outputs().isEmpty() || (wanted.label() == null && index.keySet().containsAll(wanted.outputs()))) {
            int[] targets = wanted.outputs().stream().mapToInt(index::get).toArray();
            return ok ? new ColumnRoles(inputs, targets, -1) : null;
        }
        if (!ok) {
            // A missing input column would count as a left-over label column: one typo, one message.
            return null;
        }
        int label = labelColumn(header, wanted, at, diagnostics);
        return ok && label >= 0 ? new ColumnRoles(inputs, new int[0], label) : null;
    }

    public boolean usesLabels() {
        return labelColumn >= 0;
    }

    private static int labelColumn(List<String> header, Wanted wanted, SourcePosition at, DiagnosticList diagnostics) {
        if (!wanted.softmax()) {
            List<String> missing = wanted.outputs().stream().filter(o -> !header.contains(o)).toList();
            for (String o : missing) {
                diagnostics.error(at, "the data have no column '" + o + "' for output '" + o + "'"
                        + Suggestions.didYouMeanName(o, unclaimed(header, wanted)));
            }
            if (wanted.label() != null && missing.isEmpty()) {
                diagnostics.error(at, "label= is only for softmax outputs; this network's outputs are columns");
            }
            return -1;
        }
        if (wanted.label() != null) {
            int index = header.indexOf(wanted.label());
            if (index < 0) {
                diagnostics.error(at, "the data have no column '" + wanted.label() + "' for label="
                        + Suggestions.didYouMeanName(wanted.label(), unclaimed(header, wanted)));
            }
            return index;
        }
        Set<String> named = new HashSet<>(wanted.inputs());
        named.addAll(wanted.outputs());
        List<Integer> others = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (!named.contains(header.get(c))) {
                others.add(c);
            }
        }
        if (others.size() != 1) {
            diagnostics.error(at, "cannot tell which column holds the class labels (" + (others.isEmpty()
                    ? "no column is left over" : others.size() + " columns are left over")
                    + "); name it with label=COLUMN");
            return -1;
        }
        return others.get(0);
    }

    /**
     * The columns a missing name may be a misspelling of: not those that are some other input's or
     * output's own column ({@code sepal_width} is no typo for a missing {@code petal_width}).
     */
    private static List<String> unclaimed(List<String> header, Wanted wanted) {
        Set<String> claimed = new HashSet<>(wanted.inputs());
        claimed.addAll(wanted.outputs());
        List<String> free = new ArrayList<>(header.size());
        for (String column : header) {
            if (!claimed.contains(column)) {
                free.add(column);
            }
        }
        return free;
    }

    /** Each column name's first index; one pass, so a wide header costs linear time. */
    private static Map<String, Integer> firstIndexes(List<String> header) {
        Map<String, Integer> index = new HashMap<>(header.size() * 2);
        for (int c = 0; c < header.size(); c++) {
            index.putIfAbsent(header.get(c), c);
        }
        return index;
    }

    private static boolean checkDuplicates(List<String> header, Map<String, Integer> index, SourcePosition at,
            DiagnosticList diagnostics) {
        boolean ok = true;
        for (int c = 0; c < header.size(); c++) {
            if (index.get(header.get(c)) != c) {
                diagnostics.error(at, "the data have two columns named '" + header.get(c) + "'");
                ok = false;
            }
        }
        return ok;
    }
}
