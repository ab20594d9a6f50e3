package dev.nnscript.cli.failure;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.dsl.diagnostic.PrintableText;
import java.io.PrintWriter;

/**
 * What ends a run when a throwable escapes a thread, the main one or any other (a pool's worker
 * running a task outside a future, say): the JVM's own handler would print a stack trace and let
 * the other threads go on, so a run could hang or end with exit code 0 after it. Here running out
 * of memory is {@link OutOfMemory}'s one line and exit code 1; anything else is the internal-error
 * line and exit code 70. Only the first failure is reported. A named class, not a lambda: it is
 * installed on every run, and the lambda machinery costs the one-shot start-up milliseconds.
 */
public final class UncaughtFailures implements Thread.UncaughtExceptionHandler {

    private final PrintWriter err;
    private boolean reported;

    private UncaughtFailures(PrintWriter err) {
        this.err = err;
    }

    /** Makes this the handler of every thread that has none of its own. */
    public static void install(PrintWriter err) {
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtFailures(err));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        int code;
        synchronized (this) {
            if (reported) {
                return; // another thread's failure is ending the process already
            }
            reported = true;
            code = report(failure);
        }
        // Standard output is not flushed: the failed thread may have held it half-written.
        System.exit(code);
    }

    private int report(Throwable failure) {
        if (OutOfMemory.causes(failure)) {
            return OutOfMemory.report(err);
        }
        String message = failure.getMessage();
        err.println("nnrun: internal error: " + PrintableText.of(failure.getClass().getSimpleName()
                + (message == null ? "" : ": " + message)));
        err.println("This is a bug in nnrun. Please report it with the command you ran.");
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
