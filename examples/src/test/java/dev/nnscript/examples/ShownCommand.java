package dev.nnscript.examples;

import java.util.List;

/**
 * A command line a document or a help screen shows, as a user would paste it into bash, and the
 * standard output it shows under it (null when it shows none).
 */
record ShownCommand(String line, List<String> output) {

    /** The words that start nnrun: on the PATH, or the launcher from the root or one folder down. */
    private static final List<String> NNRUN = List.of("nnrun", "./nnrun", "../nnrun");

    /** Whether {@code line} runs nnrun somewhere: as its first word or after a pipe or {@code &&}. */
    static boolean runsNnrun(String line) {
        for (String part : line.split("\\||&&|;|<\\(")) {
            String[] words = part.strip().split("\\s+");
            if (words.length > 0 && NNRUN.contains(words[0])) {
                return true;
            }
        }
        return false;
    }

    /** Whether this runs Maven (the build itself, which .ci/run runs). */
    boolean runsMaven() {
        return line.strip().startsWith("mvn ");
    }

    /** Whether {@code line} only changes folder (it then applies to the commands after it). */
    static boolean changesFolder(String line) {
        return line.strip().startsWith("cd ");
    }
}
