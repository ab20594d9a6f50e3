package dev.nnscript.cli;

/**
 * The exit codes of {@code nnrun}, a contract other tools rely on. Only {@link ErrorHandler} and
 * the commands' own success paths pick them.
 */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** Invalid script or data; diagnostics are on standard error. */
    public static final int INVALID = 1;
    /** Command-line usage error. */
    public static final int USAGE = 2;
    /** Internal error (sysexits' EX_SOFTWARE): a bug to report. */
    public static final int INTERNAL = 70;
    /** Training stopped by Ctrl-C (128 + SIGINT), after saving what was trained so far. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
