package dev.nnscript.cli.plot;

import dev.nnscript.cli.io.OutputPaths;
import dev.nnscript.dsl.diagnostic.PrintableText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Where {@code nnrun plot} draws: the terminal, as wide as it is, or an SVG or PNG file. */
public final class PlotOutput {

    private PlotOutput() {}

    /** Draws in the terminal when {@code out} is null, else writes the file and says so. */
    public static void show(OneInputCurves curves, Path out, PrintWriter stdout) throws IOException {
        if (out == null) {
            TerminalPlot.print(curves, stdout, TerminalWidth.columns());
        } else {
            ChartFiles.write(curves, out);
            wrote(out, stdout);
        }
    }

    /** Draws in the terminal when {@code out} is null, else writes the file and says so. */
    public static void show(TwoInputGrid grid, Path out, PrintWriter stdout) throws IOException {
        if (out == null) {
            TerminalPlot.print(grid, stdout, TerminalWidth.columns());
        } else {
            ChartFiles.write(grid, out);
            wrote(out, stdout);
        }
    }

    /** Says where the plot went; not when it went to a stream, which may be standard output itself. */
    private static void wrote(Path out, PrintWriter stdout) {
        if (!OutputPaths.writtenThrough(out)) {
            stdout.println("wrote " + PrintableText.of(out.toString()));
            stdout.flush();
        }
    }
}
