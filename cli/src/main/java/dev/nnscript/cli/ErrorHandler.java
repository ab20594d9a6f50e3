package dev.nnscript.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line's failure handler: a {@link ParameterException} (while parsing or thrown by a
 * command) is a usage error, its message and a hint to {@code --help}, exit 2; every other failure
 * is reported by {@link Failures}, the one place that maps failures to messages and exit codes.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        return usage(ex);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        if (ex instanceof ParameterException usage) {
            return usage(usage);
        }
        return Failures.report(ex, commandLine.getErr(), debugRequested(parseResult));
    }

    private static int usage(ParameterException ex) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("nnrun: " + ex.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
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
