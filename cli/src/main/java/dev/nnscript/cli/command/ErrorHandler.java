package dev.nnscript.cli.command;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.cli.failure.Failures;
import dev.nnscript.dsl.diagnostic.PrintableText;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line's failure handler: a {@link ParameterException} (while parsing or thrown by a
 * command) is a usage error, its message and a hint to {@code --help}, exit 2; every other failure
 * is reported by {@link Failures}, the one place that maps failures to messages and exit codes.
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        return usage(ex, hint(ex, args).orElse(ex.getMessage()));
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        if (ex instanceof ParameterException usage) {
            return usage(usage, usage.getMessage());
        }
        return Failures.report(ex, commandLine.getErr(), debugRequested(parseResult));
    }

    /** Plainer words than picocli's "Unmatched argument" for the mistakes {@link UsageHints} knows. */
    private static Optional<String> hint(ParameterException ex, String[] args) {
        if (!(ex instanceof UnmatchedArgumentException unmatched)) {
            return Optional.empty();
        }
        if (ex.getCommandLine().getParent() == null) {
            Optional<String> command = UsageHints.forCommandWord(args);
            if (command.isPresent()) {
                return command;
            }
        }
        return UsageHints.forInputValues(args, unmatched.getUnmatched());
    }

    /** The message is echoed user text, so control characters in it are shown, not obeyed. */
    private static int usage(ParameterException ex, String message) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("nnrun: " + PrintableText.of(message));
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
