package dev.nnscript.cli.command;

import dev.nnscript.cli.script.ScriptFiles;
import dev.nnscript.cli.script.ScriptLoader;
import dev.nnscript.cli.text.NumericOptionConverters;
import dev.nnscript.cli.words.CommandWords;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Builds the {@code nnrun} command line, the same for {@link dev.nnscript.cli.Nnrun#main} and for tests, which pass
 * writers that capture the output.
 */
public final class NnrunCommandLine {

    private NnrunCommandLine() {}

    /** The whole command line (the top command and every subcommand), reading {@link System#in}. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(System.in, out, err);
    }

    /** @param in standard input, read by {@code --inputs -} */
    public static CommandLine create(InputStream in, PrintWriter out, PrintWriter err) {
        return build(CommandWords.SUBCOMMANDS, in, out, err, new ScriptFiles(new ScriptLoader()));
    }

    /** The subcommand named {@code name}, one of {@link CommandWords#SUBCOMMANDS}, in their order. */
    private static Object subcommand(String name, InputStream in, ScriptFiles scripts) {
        return switch (name) {
            case "train" -> new TrainCommand(scripts);
            case "plot" -> new PlotCommand(scripts);
            case "check" -> new CheckCommand(scripts);
            case "fmt" -> new FmtCommand(scripts);
            case "serve" -> new ServeCommand(scripts);
            case "export" -> new ExportCommand(scripts);
            case "import" -> new ImportCommand();
            case "completion" -> new CompletionCommand();
            case "lsp" -> new LspCommand(in);
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /**
     * For {@code main}: without the subcommands when {@code args} start with an existing file and
     * name no subcommand and no help or version option, so a one-shot forward pass does not pay for
     * reading the commands' annotations (picocli's model is most of nnrun's start-up); with only the
     * subcommands {@code args} name where that is enough ({@link #namedSubcommands}); otherwise
     * {@link #create}. Either way the same arguments give the same result.
     */
    public static CommandLine forArguments(String[] args, PrintWriter out, PrintWriter err) {
        return forArguments(args, System.in, out, err);
    }

    /** As {@link #forArguments(String[], PrintWriter, PrintWriter)}, {@code in} being standard input. */
    public static CommandLine forArguments(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        return forArguments(args, in, out, err, new ScriptFiles(new ScriptLoader()));
    }

    /**
     * As {@link #forArguments(String[], InputStream, PrintWriter, PrintWriter)}, the commands loading
     * through {@code scripts} (which may hold the plain-run path's load of the script, handed over).
     */
    public static CommandLine forArguments(String[] args, InputStream in, PrintWriter out, PrintWriter err,
            ScriptFiles scripts) {
        if (needsOnlyTheTopCommand(args) || asksOnlyForTheVersion(args)) {
            return build(List.of(), in, out, err, scripts);
        }
        List<String> named = namedSubcommands(args);
        return build(named == null ? CommandWords.SUBCOMMANDS : named, in, out, err, scripts);
    }

    /**
     * The subcommands {@code args} name, when those are all picocli needs to read them as the whole
     * command line would: picocli takes a word as a subcommand only where it is written out in full
     * (nnrun allows no abbreviations and no aliases), so the other subcommands could not change how
     * {@code args} are read. Null, for every subcommand, when no subcommand is named (a mistyped one
     * gets picocli's suggestions from all names), or when {@code help}, a help or version option,
     * {@code completion} or {@code lsp} (which describe the whole command line) is present.
     */
    static List<String> namedSubcommands(String[] args) {
        List<String> named = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("help") || arg.equals("completion") || arg.equals("lsp") || asksForHelpOrVersion(arg)) {
                return null;
            }
            if (CommandWords.SUBCOMMANDS.contains(arg) && !named.contains(arg)) {
                named.add(arg);
            }
        }
        return named.isEmpty() ? null : named;
    }

    /** {@code nnrun --version} (or {@code -V}) alone: the top command prints the version by itself. */
    static boolean asksOnlyForTheVersion(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    static boolean needsOnlyTheTopCommand(String[] args) {
        try {
            if (args.length == 0 || !Files.isRegularFile(Path.of(args[0]))) {
                return false;
            }
        } catch (InvalidPathException e) {
            return false;
        }
        for (String arg : args) {
            if (CommandWords.isCommandWord(arg) || asksForHelpOrVersion(arg)) {
                return false;
            }
        }
        return true;
    }

    /** A help or version option, alone or with others bundled after it ({@code -hV}) or a value. */
    private static boolean asksForHelpOrVersion(String arg) {
        return arg.startsWith("-h") || arg.startsWith("--help") || arg.startsWith("-V") || arg.startsWith("--version");
    }

    /** Subcommands first: picocli hands the settings below only to the commands present when set. */
    private static CommandLine build(List<String> subcommands, InputStream in, PrintWriter out, PrintWriter err,
            ScriptFiles scripts) {
        CommandLine commandLine = new CommandLine(new RunCommand(in, scripts));
        for (String name : subcommands) {
            commandLine.addSubcommand(subcommand(name, in, scripts));
        }
        ErrorHandler errors = new ErrorHandler();
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        // `--input -0.5`: a negative number is a value, not an unknown option.
        commandLine.setUnmatchedOptionsAllowedAsOptionParameters(true);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        NumericOptionConverters.register(commandLine);
        return commandLine;
    }
}
