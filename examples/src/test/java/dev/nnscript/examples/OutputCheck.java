package dev.nnscript.examples;

import java.util.ArrayList;
import java.util.List;

/** Checks an example's expectations, in order, against the lines it printed. */
final class OutputCheck {

    private OutputCheck() {}

    /** One message per expectation not met; empty when all are. */
    static List<String> failures(ExampleFile example, List<String> outputLines) {
        List<String> failures = new ArrayList<>();
        int next = 0;
        for (Expectation expectation : example.expectations()) {
            int found = find(expectation, outputLines, next);
            if (found < 0) {
                failures.add(example.name() + ":" + expectation.line() + ": no output line"
                        + (next > 0 ? " after line " + next : "") + " matches '" + expectation + "'");
            } else {
                next = found + 1;
            }
        }
        return failures;
    }

    private static int find(Expectation expectation, List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (expectation.matches(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
