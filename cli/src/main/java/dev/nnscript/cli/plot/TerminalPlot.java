package dev.nnscript.cli.plot;

import dev.nnscript.dsl.print.ReadableNumbers;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Plots drawn with characters, for {@code nnrun plot} without {@code --out}: the curves of a
 * one-input network (each curve its own mark, training rows as 'o', a legend below naming every
 * mark; the output in a band of its own when the node curves dwarf it) or the heat map of a two-input one, as wide as the terminal.
 */
public final class TerminalPlot {

    /** Narrower than this and a plot is too coarse to read; the canvas stays at least this wide. */
    static final int MIN_COLUMNS = 40;
    private static final int HEIGHT = 22;
    /** Rows of the output's own band, when it has one; the node curves below get the rest of {@link #HEIGHT}. */
    private static final int OUTPUT_HEIGHT = 8;
    private static final Set<Curve.Role> OUTPUTS = EnumSet.of(Curve.Role.OUTPUT);
    private static final Set<Curve.Role> NODES = EnumSet.of(Curve.Role.CONTRIBUTION, Curve.Role.SUM);
    private static final Set<Curve.Role> EVERY_ROLE = EnumSet.allOf(Curve.Role.class);
    /** Marks by role; contributions are numbered 1, 2, ... after their node. */
    private static final char OUTPUT_MARK = '*';
    private static final char SUM_MARK = '+';
    private static final char DATA_MARK = 'o';
    private static final char ZERO_MARK = '-';
    /** Light to dark, for heat map values: the value's distance from 0 against the farthest one. */
    private static final String SHADES = " .:=+*#%@";
    private static final String CLASS_MARKS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private TerminalPlot() {}

    /**
     * Draws the curves in a plot {@code columns} characters wide (the terminal's width). When the
     * node curves would make the output look flat ({@link OneInputCurves#outputDwarfed}, the charts'
     * rule), the output and the data get a band of their own above them, with its own y range.
     */
    public static void print(OneInputCurves curves, PrintWriter out, int columns) {
        char[] marks = marks(curves);
        double[] xs = curves.xs();
        String xName = curves.inputName();
        out.println(curves.title());
        boolean zero;
        if (curves.outputDwarfed()) {
            double[] top = range(curves, OUTPUTS, true);
            double[] bottom = range(curves, NODES, false);
            int margin = Math.max(TextCanvas.labelWidth(top[0], top[1]), TextCanvas.labelWidth(bottom[0], bottom[1]));
            TextCanvas outputs = TextCanvas.forColumns(columns, margin, OUTPUT_HEIGHT, xs[0], xs[xs.length - 1],
                    top[0], top[1]);
            TextCanvas nodes = TextCanvas.forColumns(columns, margin, HEIGHT - OUTPUT_HEIGHT, xs[0], xs[xs.length - 1],
                    bottom[0], bottom[1]);
            zero = draw(outputs, curves, marks, OUTPUTS, true) | draw(nodes, curves, marks, NODES, false);
            outputs.printPanel(out, margin);
            nodes.print(out, xName, margin);
        } else {
            double[] all = range(curves, EVERY_ROLE, true);
            TextCanvas canvas = TextCanvas.forColumns(columns, HEIGHT, xs[0], xs[xs.length - 1], all[0], all[1]);
            zero = draw(canvas, curves, marks, EVERY_ROLE, true);
            canvas.print(out, xName);
        }
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

    /** The y range of the curves in {@code roles} (and of the data, with {@code points}); [0, 1] when empty. */
    private static double[] range(OneInputCurves curves, Set<Curve.Role> roles, boolean points) {
        double[] span = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Curve.Role role : roles) {
            double[] part = curves.span(role);
            span[0] = Math.min(span[0], part[0]);
            span[1] = Math.max(span[1], part[1]);
        }
        if (points) {
            for (DataPoints p : curves.points()) {
                OneInputCurves.widen(span, p.ys());
            }
        }
        return span[0] <= span[1] ? span : new double[] {0, 1};
    }

    /**
     * Draws the zero rule, the curves in {@code roles} and, with {@code points}, the data, in that
     * order (later marks cover earlier ones); true when the zero rule was drawn.
     */
    private static boolean draw(TextCanvas canvas, OneInputCurves curves, char[] marks, Set<Curve.Role> roles,
            boolean points) {
        boolean zero = canvas.horizontalRule(0.0, ZERO_MARK);
        double[] xs = curves.xs();
        for (int c = 0; c < curves.curves().size(); c++) {
            if (!roles.contains(curves.curves().get(c).role())) {
                continue;
            }
            double[] ys = curves.curves().get(c).ys();
            for (int i = 0; i < xs.length; i++) {
                if (NonFinite.plottable(ys[i])) {
                    canvas.set(canvas.row(ys[i]), canvas.column(xs[i]), marks[c]);
                }
            }
        }
        for (DataPoints data : points ? curves.points() : List.<DataPoints>of()) {
            for (int i = 0; i < data.xs().length; i++) {
                if (canvas.containsX(data.xs()[i]) && NonFinite.plottable(data.ys()[i])) {
                    canvas.set(canvas.row(data.ys()[i]), canvas.column(data.xs()[i]), DATA_MARK);
                }
            }
        }
        return zero;
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
