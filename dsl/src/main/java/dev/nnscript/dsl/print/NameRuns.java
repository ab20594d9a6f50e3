package dev.nnscript.dsl.print;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a name list for printing, writing each run of three or more consecutive names ({@code p0,
 * p1, p2}) as a range ({@code p0..p2}), which the parser reads back as the same names.
 */
final class NameRuns {

    private static final int SHORTEST_RUN = 3;
    /** A name or nothing, then all the digits at the end, split as the parser splits a range end. */
    private static final Pattern NUMBERED = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*?)?([0-9]+)");
    /** A whole number without leading zeros that fits a long. */
    private static final Pattern COUNTABLE = Pattern.compile("0|[1-9][0-9]{0,17}");

    private NameRuns() {}

    /** The names separated by ", ", runs written as ranges. */
    static String join(List<String> names) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start < names.size()) {
            int end = runEnd(names, start);
            if (end - start >= SHORTEST_RUN) {
                parts.add(names.get(start) + ".." + names.get(end - 1));
            } else {
                parts.addAll(names.subList(start, Math.max(end, start + 1)));
            }
            start = Math.max(end, start + 1);
        }
        return String.join(", ", parts);
    }

    /** The index after the last name of the run starting at {@code start} (start + 1 if none). */
    private static int runEnd(List<String> names, int start) {
        Matcher first = NUMBERED.matcher(names.get(start));
        if (!first.matches() || !COUNTABLE.matcher(first.group(2)).matches()) {
            return start + 1;
        }
        String prefix = first.group(1) == null ? "" : first.group(1);
        long next = Long.parseLong(first.group(2)) + 1;
        int end = start + 1;
        while (end < names.size() && names.get(end).equals(prefix + next)) {
            end++;
            next++;
        }
        return end;
    }
}
