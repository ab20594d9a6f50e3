package dev.nnscript.cli.words;

import java.util.List;

/**
 * The words the full command line reads as commands wherever they stand (the subcommands' names and
 * {@code help}), and the option names of the runs the plain-run path reads too. Kept apart from
 * {@link dev.nnscript.cli.command.NnrunCommandLine} so that path can check them without loading
 * picocli.
 */
public final class CommandWords {

    /** The subcommands' names (see {@link dev.nnscript.cli.command.NnrunCommandLine}). */
    public static final List<String> SUBCOMMANDS = List.of("train", "plot", "check", "fmt", "serve", "export", "import", "completion",
            "lsp");

    /** What diagnostics call standard input when it is the {@code --inputs} file. */
    public static final String STDIN_NAME = "<stdin>";

    /** Option names the plain-run path reads too (constants, so reading them loads no picocli class). */
    public static final String INPUT_OPTION = "--input";
    public static final String INPUTS_OPTION = "--inputs";
    /** The {@code --inputs} value that means standard input. */
    public static final String STANDARD_INPUT = "-";
    public static final String FORMAT_OPTION = "--format";

    private CommandWords() {}

    /** True for a subcommand's name or {@code help}. */
    public static boolean isCommandWord(String arg) {
        return SUBCOMMANDS.contains(arg) || arg.equals("help");
    }
}
