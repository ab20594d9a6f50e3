package dev.nnscript.cli;

import dev.nnscript.core.train.StopReason;

/**
 * The exit codes of {@code nnrun}, a contract other tools rely on, all in this one place (the
 * README's list and docs/errors.md repeat it). Only {@link dev.nnscript.cli.command.ErrorHandler},
 * {@link dev.nnscript.cli.failure.Failures} (which the plain-run path shares with it), the commands'
 * own success paths and {@link #afterTraining} pick them.
 */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /**
     * Invalid script or data (diagnostics on standard error), or an output file that could not be
     * written (left as it was).
     */
    public static final int INVALID = 1;
    /** Command-line usage error. */
    public static final int USAGE = 2;
    /**
     * Training diverged: the loss became NaN or infinite. The last model with a finite loss was kept
     * (and written where asked), marked as such.
     */
    public static final int DIVERGED = 3;
    /** Internal error (sysexits' EX_SOFTWARE): a bug to report. */
    public static final int INTERNAL = 70;
    /**
     * Training stopped by Ctrl-C (128 + SIGINT), after saving the model as of the last completed
     * step; a second Ctrl-C exits at once with the same code, saving nothing.
     */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {}

    /** The code a command that trained ends with, when nothing else went wrong. */
    public static int afterTraining(StopReason reason) {
        return switch (reason) {
            case DIVERGED -> DIVERGED;
            case INTERRUPTED -> INTERRUPTED;
            default -> OK;
        };
    }
}
