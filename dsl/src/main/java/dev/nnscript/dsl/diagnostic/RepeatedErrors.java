package dev.nnscript.dsl.diagnostic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One message for one mistake made on many rows: errors with the same file and text (150 rows
 * whose label is {@code Setosa} where the output is {@code setosa}) become the first of them, its
 * message ending in how many rows and which lines:
 * {@code ... (50 rows like this: lines 2, 3, 4, 5, 6 and 45 more)}.
 */
public final class RepeatedErrors {

    /** Lines named in a grouped message; the rest are counted. */
    static final int LINES_SHOWN = 5;

    private RepeatedErrors() {}

    /** {@code diagnostics} with repeated errors grouped, in the order of their first occurrence. */
    public static List<Diagnostic> group(List<Diagnostic> diagnostics) {
        Map<String, List<Diagnostic>> byText = new LinkedHashMap<>();
        List<List<Diagnostic>> order = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            List<Diagnostic> same = d.isError() ? byText.get(d.position().file() + '\u0000' + d.message()) : null;
            if (same == null) {
                same = new ArrayList<>();
                order.add(same);
                if (d.isError()) {
                    byText.put(d.position().file() + '\u0000' + d.message(), same);
                }
            }
            same.add(d);
        }
        List<Diagnostic> grouped = new ArrayList<>(order.size());
        for (List<Diagnostic> same : order) {
            grouped.add(merged(same));
        }
        return grouped;
    }

    private static Diagnostic merged(List<Diagnostic> same) {
        Diagnostic first = same.get(0);
        if (same.size() == 1) {
            return first;
        }
        StringBuilder lines = new StringBuilder();
        int shown = Math.min(LINES_SHOWN, same.size());
        for (int i = 0; i < shown; i++) {
            lines.append(i == 0 ? "" : ", ").append(same.get(i).position().line());
        }
        if (same.size() > shown) {
            lines.append(" and ").append(same.size() - shown).append(" more");
        }
        return new Diagnostic(first.position(), first.severity(), first.message() + " (" + same.size()
                + " rows like this: lines " + lines + ")");
    }
}
