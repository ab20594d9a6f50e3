package dev.nnscript.cli;

import java.util.List;

/**
 * The words the full command line reads as commands wherever they stand: the subcommands' names and
 * {@code help}. Kept apart from {@link NnrunCommandLine} so the one-shot fast path can check them
 * without loading picocli.
 */
final class CommandWords {

    /** The subcommands' names (see {@link NnrunCommandLine}). */
    static final List<String> SUBCOMMANDS = List.of("train", "plot", "check", "fmt", "completion");

    private CommandWords() {}

    /** True for a subcommand's name or {@code help}. */
    static boolean isCommandWord(String arg) {
        return SUBCOMMANDS.contains(arg) || arg.equals("help");
    }
}
