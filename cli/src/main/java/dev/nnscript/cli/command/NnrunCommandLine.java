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
        return build(true, in, out, err, new ScriptFiles(new ScriptLoader()));
    }

    /**
     * For {@code main}: without the subcommands when {@code args} start with an existing file and
     * name no subcommand and no help or version option, so a one-shot forward pass does not pay for
     * reading five commands' annotations (picocli's model is most of nnrun's start-up); otherwise
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
        return build(!needsOnlyTheTopCommand(args), in, out, err, scripts);
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
            if (CommandWords.isCommandWord(arg) || arg.startsWith("-h") || arg.startsWith("--help")
                    || arg.startsWith("-V") || arg.startsWith("--version")) {
                return false;
            }
        }
        return true;
    }

    /** Subcommands first: picocli hands the settings below only to the commands present when set. */
    private static CommandLine build(boolean withSubcommands, InputStream in, PrintWriter out, PrintWriter err,
            ScriptFiles scripts) {
        CommandLine commandLine = new CommandLine(new RunCommand(in, scripts));
        if (withSubcommands) {
            for (Object command : new Object[] {new TrainCommand(scripts), new PlotCommand(scripts),
                new CheckCommand(scripts), new FmtCommand(scripts), new ServeCommand(scripts),
                new ExportCommand(scripts), new ImportCommand(),
                new CompletionCommand(), new LspCommand(in)}) {
                commandLine.addSubcommand(command);
            }
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
