package dev.nnscript.cli.failure;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.dsl.files.WriteFailedException;
import dev.nnscript.dsl.diagnostic.PrintableText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

/**
 * What a command's failure tells the user and which exit code it ends with, for
 * {@link dev.nnscript.cli.command.ErrorHandler} and for the plain-run path (which must answer
 * exactly alike, and load no picocli class to do it).
 *
 * <ul>
 *   <li>{@link InvalidInputException}: the diagnostics, exit 1;</li>
 *   <li>{@link WriteFailedException}: which file and why, exit 1 (the file is left as it was);</li>
 *   <li>running out of memory in a helper thread: {@link OutOfMemory}'s one line, exit 1;</li>
 *   <li>anything else: a short request to report it, exit 70; the stack trace only with
 *       {@code --debug}.</li>
 * </ul>
 * Usage errors are picocli's, and {@link dev.nnscript.cli.command.ErrorHandler} reports them itself.
 */
public final class Failures {

    private Failures() {}

    /**
     * Writes what {@code failure} tells the user to {@code err} and returns the exit code.
     *
     * @param debug whether {@code --debug} was given (adds the stack trace of an internal error)
     */
    public static int report(Exception failure, PrintWriter err, boolean debug) {
        if (failure instanceof InvalidInputException invalid) {
            invalid.diagnostics().forEach(err::println);
            err.flush();
            return ExitCodes.INVALID;
        }
        if (failure instanceof WriteFailedException write) {
            err.println("nnrun: " + PrintableText.of(write.getMessage()));
            err.flush();
            return ExitCodes.INVALID;
        }
        if (OutOfMemory.causes(failure)) {
            return OutOfMemory.report(err);
        }
        err.println("nnrun: internal error: " + PrintableText.of(describe(failure)));
        err.println("This is a bug in nnrun. Please report it with the command you ran"
                + (debug ? " and the stack trace below." : "; add --debug for details."));
        if (debug) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /**
     * The exit code once the run is over, given whether standard output lost what was written to it:
     * then the user hears why, and a run that would have succeeded exits 1 (a failed run keeps its
     * own code).
     *
     * @param lost why standard output could not be written, empty when it was (or the pipe was closed)
     */
    public static int afterOutput(Optional<String> lost, int code, PrintWriter err) {
        if (lost.isEmpty()) {
            return code;
        }
        err.println("nnrun: cannot write to standard output: " + lost.get() + "; the output is incomplete");
        err.flush();
        return code == ExitCodes.OK ? ExitCodes.INVALID : code;
    }

    private static String describe(Exception failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
