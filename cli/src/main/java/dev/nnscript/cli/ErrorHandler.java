package dev.nnscript.cli;

import dev.nnscript.cli.io.WriteFailedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns a failure into an exit code and a message on standard error.
 *
 * <ul>
 *   <li>{@link InvalidInputException}: the diagnostics, exit 1;</li>
 *   <li>{@link WriteFailedException}: which file and why, exit 1 (the file is left as it was);</li>
 *   <li>{@link ParameterException} (while parsing or thrown by a command): the message and a hint
 *       to {@code --help}, exit 2;</li>
 *   <li>anything else: a short request to report it, exit 70; the stack trace only with
 *       {@code --debug}.</li>
 * </ul>
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        return usage(ex);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (ex instanceof InvalidInputException invalid) {
            invalid.diagnostics().forEach(err::println);
            err.flush();
            return ExitCodes.INVALID;
        }
        if (ex instanceof WriteFailedException write) {
            err.println("nnrun: " + write.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        }
        if (ex instanceof ParameterException usage) {
            return usage(usage);
        }
        err.println("nnrun: internal error: " + describe(ex));
        err.println("This is a bug in nnrun. Please report it with the command you ran"
                + (debugRequested(parseResult) ? " and the stack trace below." : "; add --debug for details."));
        if (debugRequested(parseResult)) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static int usage(ParameterException ex) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("nnrun: " + ex.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String describe(Exception ex) {
        String message = ex.getMessage();
        return ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** True when --debug was given at any level of the command chain. */
    private static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(DebugOption.LONG_NAME)) {
                return true;
            }
        }
        return false;
    }
}
