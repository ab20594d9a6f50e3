package dev.nnscript.examples;

import java.util.ArrayList;
import java.util.List;

/** How the output a document shows differs from what a run printed, numbers rounded as shown. */
final class Differences {

    private Differences() {}

    /** One line per difference; empty when every shown line reads as the printed one. */
    static List<String> of(List<String> shown, List<String> printed) {
        List<String> differences = new ArrayList<>();
        if (shown.size() != printed.size()) {
            differences.add("README shows " + lines(shown.size()) + ", the run printed " + printed.size());
            return differences;
        }
        for (int i = 0; i < shown.size(); i++) {
            if (!RoundedText.of(shown.get(i)).matches(printed.get(i))) {
                differences.add("line " + (i + 1) + ": README '" + shown.get(i) + "', printed '" + printed.get(i) + "'");
            }
        }
        return differences;
    }

    private static String lines(int count) {
        return count + (count == 1 ? " line" : " lines");
    }
}
