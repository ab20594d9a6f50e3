package dev.nnscript.cli.plot;

import java.io.PrintWriter;

/** How {@code nnrun plot} warns: one {@code warning: } line on standard error, flushed at once. */
public final class PlotWarnings {

    private PlotWarnings() {}

    public static void warn(PrintWriter stderr, String note) {
        stderr.println("warning: " + note);
        stderr.flush();
    }
}
