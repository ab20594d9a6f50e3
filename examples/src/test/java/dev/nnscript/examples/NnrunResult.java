package dev.nnscript.examples;

import java.util.List;

/** What one nnrun command gave: its exit code and everything it printed. */
record NnrunResult(int exitCode, String out, String err) {

    List<String> outLines() {
        return out.lines().toList();
    }

    /** Standard error's warning lines ({@code nnrun: warning: ...} or {@code FILE:L:C: warning: ...}). */
    List<String> warnings() {
        return err.lines().filter(line -> line.contains("warning:")).toList();
    }

    /** The whole result, for a failure message. */
    String describe() {
        return "exit code " + exitCode + "\n--- standard output ---\n" + out + "--- standard error ---\n" + err;
    }
}
