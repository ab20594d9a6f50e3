package dev.nnscript.cli.failure;

import dev.nnscript.cli.ExitCodes;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Running out of memory, anywhere in a run (a heap too small for the data or the network, or no
 * memory left to start a thread), as one line that says how to give Java more, exit 1: a Java
 * stack trace would tell a user nothing they can act on. Reading input is bounded before this
 * point (records, lines, columns, rows held for training), so what arrives here is a run that
 * really needs more memory than the JVM may use.
 */
public final class OutOfMemory {

    private OutOfMemory() {}

    /** True when {@code failure} is, or was caused by, running out of memory (a helper thread's, say). */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Writes the one-line message and returns the exit code. */
    public static int report(PrintWriter err) {
        err.println(message(Runtime.getRuntime().maxMemory()));
        err.flush();
        return ExitCodes.INVALID;
    }

    /** The message for a JVM that may use at most {@code maxHeapBytes}. */
    public static String message(long maxHeapBytes) {
        long mb = Math.max(1, maxHeapBytes >> 20);
        return "nnrun: out of memory: Java may use at most " + String.format(Locale.ROOT, "%,d", mb)
                + " MB here; give it more, e.g. JAVA_TOOL_OPTIONS=-Xmx" + suggestedGigabytes(mb)
                + "g, or use a smaller network or data file";
    }

    /** A heap size to suggest: at least four times the present one, in whole gigabytes. */
    private static long suggestedGigabytes(long mb) {
        return Math.max(1, (mb * 4 + 1023) / 1024);
    }
}
