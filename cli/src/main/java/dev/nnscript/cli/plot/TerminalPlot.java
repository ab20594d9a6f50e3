package dev.nnscript.cli.plot;

import dev.nnscript.cli.text.ReadableNumbers;
import java.io.PrintWriter;

/**
 * Plots drawn with characters, for {@code nnrun plot} without {@code --out}: the curves of a
 * one-input network (each curve its own mark, a legend below) or the heat map of a two-input one.
 */
public final class TerminalPlot {

    private static final int WIDTH = 72;
    private static final int HEIGHT = 22;
    /** Marks by role; contributions are numbered 1, 2, ... after their node. */
    private static final char OUTPUT_MARK = '*';
    private static final char SUM_MARK = '+';
    /** Light to dark, for heat map values. */
    private static final String SHADES = " .:-=+*#%@";
    private static final String CLASS_MARKS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private TerminalPlot() {}

    public static void print(OneInputCurves curves, PrintWriter out) {
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Curve curve : curves.curves()) {
            for (double y : curve.ys()) {
                yMin = Math.min(yMin, y);
                yMax = Math.max(yMax, y);
            }
        }
        double[] xs = curves.xs();
        TextCanvas canvas = new TextCanvas(WIDTH, HEIGHT, xs[0], xs[xs.length - 1], yMin, yMax);
        canvas.horizontalRule(0.0);
        char[] marks = marks(curves);
        for (int c = 0; c < curves.curves().size(); c++) {
            double[] ys = curves.curves().get(c).ys();
            for (int i = 0; i < xs.length; i++) {
                canvas.set(canvas.row(ys[i]), canvas.column(xs[i]), marks[c]);
            }
        }
        out.println(curves.title());
        canvas.print(out, curves.inputName());
        for (int c = 0; c < curves.curves().size(); c++) {
            out.println("  " + marks[c] + "  " + curves.curves().get(c).label());
        }
        out.flush();
    }

    public static void print(TwoInputGrid grid, PrintWriter out) {
        int nx = grid.xs().length;
        int ny = grid.ys().length;
        double[] xs = grid.xs();
        double[] ys = grid.ys();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : grid.values()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        TextCanvas canvas = new TextCanvas(WIDTH / 2, HEIGHT, xs[0], xs[nx - 1], ys[0], ys[ny - 1]);
        for (int r = 0; r < canvas.height(); r++) {
            for (int c = 0; c < canvas.width(); c++) {
                int i = nearest(nx, c, canvas.width());
                int j = nearest(ny, canvas.height() - 1 - r, canvas.height());
                canvas.set(r, c, mark(grid, grid.values()[j * nx + i], min, max));
            }
        }
        out.println(grid.title() + ": " + grid.valueName() + " (" + grid.yName() + " up, " + grid.xName() + " across)");
        canvas.print(out, grid.xName());
        if (grid.isClassifier()) {
            for (int c = 0; c < grid.classes().size(); c++) {
                out.println("  " + CLASS_MARKS.charAt(c % CLASS_MARKS.length()) + "  " + grid.classes().get(c));
            }
        } else {
            out.println("  '" + SHADES.charAt(0) + "' " + ReadableNumbers.format(min) + "  ...  '"
                    + SHADES.charAt(SHADES.length() - 1) + "' " + ReadableNumbers.format(max));
        }
        out.flush();
    }

    private static char[] marks(OneInputCurves curves) {
        char[] marks = new char[curves.curves().size()];
        int node = 0;
        for (int c = 0; c < marks.length; c++) {
            marks[c] = switch (curves.curves().get(c).role()) {
                case CONTRIBUTION -> Character.forDigit(++node % 36, 36);
                case SUM -> SUM_MARK;
                case OUTPUT -> OUTPUT_MARK;
            };
        }
        return marks;
    }

    private static int nearest(int samples, int cell, int cells) {
        return (int) Math.round((double) cell * (samples - 1) / (cells - 1));
    }

    private static char mark(TwoInputGrid grid, double value, double min, double max) {
        if (grid.isClassifier()) {
            return CLASS_MARKS.charAt((int) value % CLASS_MARKS.length());
        }
        double t = max > min ? (value - min) / (max - min) : 0.0;
        return SHADES.charAt((int) Math.round(t * (SHADES.length() - 1)));
    }
}
