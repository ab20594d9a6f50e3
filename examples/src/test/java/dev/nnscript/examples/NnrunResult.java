package dev.nnscript.examples;

import java.util.List;

/**
 * What one nnrun command gave: its exit code and everything it printed.
 *
 * @param runner {@code nnrun}, or {@code stand-in} when {@link StandInNnrun} ran it
 */
record NnrunResult(String runner, int exitCode, String out, String err) {

    List<String> outLines() {
        return out.lines().toList();
    }

    /** The whole result, for a failure message. */
    String describe() {
        return "run by " + runner + ", exit code " + exitCode + "\n--- standard output ---\n" + out + "--- standard error ---\n" + err;
    }
}
