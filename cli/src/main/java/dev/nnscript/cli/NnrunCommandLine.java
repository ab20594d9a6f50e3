package dev.nnscript.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Builds the {@code nnrun} command line, the same for {@link Nnrun#main} and for tests, which pass
 * writers that capture the output.
 */
public final class NnrunCommandLine {

    private NnrunCommandLine() {}

    /** The command line reading standard input from {@link System#in}. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(System.in, out, err);
    }

    /** @param in standard input, read by {@code --inputs -} */
    public static CommandLine create(InputStream in, PrintWriter out, PrintWriter err) {
        ErrorHandler errors = new ErrorHandler();
        CommandLine commandLine = new CommandLine(new RunCommand(in));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        // `--input -0.5`: a negative number is a value, not an unknown option.
        commandLine.setUnmatchedOptionsAllowedAsOptionParameters(true);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
