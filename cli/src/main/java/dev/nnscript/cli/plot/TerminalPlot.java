package dev.nnscript.cli.plot;

import dev.nnscript.dsl.print.ReadableNumbers;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Plots drawn with characters, for {@code nnrun plot} without {@code --out}: the curves of a
 * one-input network (each curve its own mark, training rows as 'o', a legend below naming every
 * mark) or the heat map of a two-input one, as wide as the terminal.
 */
public final class TerminalPlot {

    /** Narrower than this and a plot is too coarse to read; the canvas stays at least this wide. */
    static final int MIN_COLUMNS = 40;
    private static final int HEIGHT = 22;
    /** Marks by role; contributions are numbered 1, 2, ... after their node. */
    private static final char OUTPUT_MARK = '*';
    private static final char SUM_MARK = '+';
    private static final char DATA_MARK = 'o';
    private static final char ZERO_MARK = '-';
    /** Light to dark, for heat map values: the value's distance from 0 against the farthest one. */
    private static final String SHADES = " .:=+*#%@";
    private static final String CLASS_MARKS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private TerminalPlot() {}

    /** Draws the curves in a plot {@code columns} characters wide (the terminal's width). */
    public static void print(OneInputCurves curves, PrintWriter out, int columns) {
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        List<double[]> all = new ArrayList<>();
        curves.curves().forEach(c -> all.add(c.ys()));
        curves.points().forEach(p -> all.add(p.ys()));
        for (double[] ys : all) {
            for (double y : ys) {
                if (NonFinite.plottable(y)) {
                    yMin = Math.min(yMin, y);
                    yMax = Math.max(yMax, y);
                }
            }
        }
        if (yMin > yMax) {
            yMin = 0;
            yMax = 1;
        }
        double[] xs = curves.xs();
        TextCanvas canvas = TextCanvas.forColumns(columns, HEIGHT, xs[0], xs[xs.length - 1], yMin, yMax);
        boolean zero = canvas.horizontalRule(0.0, ZERO_MARK);
        char[] marks = marks(curves);
        for (int c = 0; c < curves.curves().size(); c++) {
            double[] ys = curves.curves().get(c).ys();
            for (int i = 0; i < xs.length; i++) {
                if (NonFinite.plottable(ys[i])) {
                    canvas.set(canvas.row(ys[i]), canvas.column(xs[i]), marks[c]);
                }
            }
        }
        for (DataPoints points : curves.points()) {
            for (int i = 0; i < points.xs().length; i++) {
                if (canvas.containsX(points.xs()[i]) && NonFinite.plottable(points.ys()[i])) {
                    canvas.set(canvas.row(points.ys()[i]), canvas.column(points.xs()[i]), DATA_MARK);
                }
            }
        }
        out.println(curves.title());
        canvas.print(out, curves.inputName());
        for (int c = 0; c < curves.curves().size(); c++) {
            out.println("  " + marks[c] + "  " + curves.curves().get(c).label());
        }
        for (DataPoints points : curves.points()) {
            out.println("  " + DATA_MARK + "  " + points.label());
        }
        if (zero) {
            out.println("  " + ZERO_MARK + "  0");
        }
        out.flush();
    }

    /** Draws the heat map in a plot {@code columns} characters wide (the terminal's width). */
    public static void print(TwoInputGrid grid, PrintWriter out, int columns) {
        int nx = grid.xs().length;
        int ny = grid.ys().length;
        double[] xs = grid.xs();
        double[] ys = grid.ys();
        double reach = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : grid.values()) {
            if (NonFinite.plottable(v)) {
                reach = Math.max(reach, Math.abs(v));
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        TextCanvas canvas = TextCanvas.forColumns(columns, HEIGHT, xs[0], xs[nx - 1], ys[0], ys[ny - 1]);
        for (int r = 0; r < canvas.height(); r++) {
            for (int c = 0; c < canvas.width(); c++) {
                int i = nearest(nx, c, canvas.width());
                int j = nearest(ny, canvas.height() - 1 - r, canvas.height());
                canvas.set(r, c, mark(grid, grid.values()[j * nx + i], reach));
            }
        }
        for (int p = 0; p < grid.pointCount(); p++) {
            double px = grid.points()[3 * p];
            double py = grid.points()[3 * p + 1];
            if (canvas.containsX(px) && canvas.containsY(py)) {
                canvas.set(canvas.row(py), canvas.column(px), dataMark(grid, grid.points()[3 * p + 2]));
            }
        }
        out.println(grid.title() + ": " + grid.valueName() + " (" + grid.yName() + " up, " + grid.xName() + " across)");
        canvas.print(out, grid.xName());
        if (grid.isClassifier()) {
            for (int c = 0; c < grid.classes().size(); c++) {
                out.println("  " + classMark(c) + "  " + grid.classes().get(c));
            }
            if (grid.pointCount() > 0) {
                out.println("  " + dataMarks(grid.classes().size()) + "  training rows of those classes");
            }
        } else {
            shadeLegend(out, grid.valueName(), reach, min, max);
            if (grid.pointCount() > 0) {
                out.println("  " + DATA_MARK + "  training rows");
            }
        }
        if (grid.nonFiniteValues().isPresent()) {
            out.println("  ?  not finite");
        }
        out.flush();
    }

    /** One line per shade: which values (by distance from 0) it stands for. */
    private static void shadeLegend(PrintWriter out, String name, double reach, double min, double max) {
        String sign = min < 0 ? "|" + name + "|" : name;
        out.println("  shades by " + sign + " (" + ReadableNumbers.format(min) + " to " + ReadableNumbers.format(max)
                + "):");
        int top = SHADES.length() - 1;
        for (int s = 0; s <= top; s++) {
            double low = reach * Math.max(0, s - 0.5) / top;
            double high = reach * Math.min(top, s + 0.5) / top;
            out.println("  '" + SHADES.charAt(s) + "'  " + ReadableNumbers.format(low) + " to "
                    + ReadableNumbers.format(high));
        }
    }

    private static char[] marks(OneInputCurves curves) {
        char[] marks = new char[curves.curves().size()];
        int node = 0;
        for (int c = 0; c < marks.length; c++) {
            marks[c] = switch (curves.curves().get(c).role()) {
                case CONTRIBUTION -> contributionMark(++node);
                case SUM -> SUM_MARK;
                case OUTPUT -> OUTPUT_MARK;
            };
        }
        return marks;
    }

    /** 1..9, then a..z skipping the data mark 'o'; wraps after that. */
    private static char contributionMark(int node) {
        String marks = "123456789abcdefghijklmnpqrstuvwxyz";
        return marks.charAt((node - 1) % marks.length());
    }

    private static int nearest(int samples, int cell, int cells) {
        return (int) Math.round((double) cell * (samples - 1) / (cells - 1));
    }

    private static char classMark(int c) {
        return CLASS_MARKS.charAt(c % CLASS_MARKS.length());
    }

    private static String dataMarks(int classes) {
        return classes <= 3 ? String.join(" ", List.of("a", "b", "c").subList(0, classes))
                : "a.." + Character.toLowerCase(classMark(classes - 1));
    }

    private static char dataMark(TwoInputGrid grid, double value) {
        return grid.isClassifier() ? Character.toLowerCase(classMark((int) value)) : DATA_MARK;
    }

    private static char mark(TwoInputGrid grid, double value, double reach) {
        if (!NonFinite.plottable(value)) {
            return '?';
        }
        if (grid.isClassifier()) {
            return classMark((int) value);
        }
        double t = reach > 0 ? Math.abs(value) / reach : 0.0;
        return SHADES.charAt((int) Math.round(t * (SHADES.length() - 1)));
    }
}
