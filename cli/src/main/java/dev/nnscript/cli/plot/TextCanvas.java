package dev.nnscript.cli.plot;

import dev.nnscript.dsl.print.ReadableNumbers;
import java.io.PrintWriter;
import java.util.Arrays;

/**
 * A character grid with value axes, for plots drawn in the terminal. Row 0 is the top; x grows to
 * the right. Prints with the y range on the left and the x range underneath.
 */
final class TextCanvas {

    private final char[][] cells;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;

    TextCanvas(int width, int height, double xMin, double xMax, double yMin, double yMax) {
        this.cells = new char[height][width];
        for (char[] row : cells) {
            Arrays.fill(row, ' ');
        }
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax > yMin ? yMax : yMin + 1.0;
    }

    /**
     * A canvas whose printed lines, y labels and frame included, are at most {@code columns - 1}
     * characters (a line as wide as the terminal wraps in some terminals), and at least
     * {@link TerminalPlot#MIN_COLUMNS} wide.
     */
    static TextCanvas forColumns(int columns, int height, double xMin, double xMax, double yMin, double yMax) {
        return forColumns(columns, labelWidth(yMin, yMax), height, xMin, xMax, yMin, yMax);
    }

    /**
     * As {@link #forColumns(int, int, double, double, double, double)}, for y labels {@code margin}
     * wide: canvases stacked over one x axis share the widest one's, so their columns line up.
     */
    static TextCanvas forColumns(int columns, int margin, int height, double xMin, double xMax, double yMin,
            double yMax) {
        int width = Math.max(TerminalPlot.MIN_COLUMNS, columns - 1 - margin - 2);
        return new TextCanvas(width, height, xMin, xMax, yMin, yMax);
    }

    /** How wide the y labels of a canvas for [yMin, yMax] are. */
    static int labelWidth(double yMin, double yMax) {
        double top = yMax > yMin ? yMax : yMin + 1.0;
        return Math.max(ReadableNumbers.format(top).length(), ReadableNumbers.format(yMin).length());
    }

    int width() { return cells[0].length; }

    int height() { return cells.length; }

    /** The column of x, clamped to the grid. */
    int column(double x) {
        return clamp((int) Math.round((x - xMin) / (xMax - xMin) * (width() - 1)), width());
    }

    /** The row of y (top row for yMax), clamped to the grid. */
    int row(double y) {
        return clamp((int) Math.round((yMax - y) / (yMax - yMin) * (height() - 1)), height());
    }

    void set(int row, int column, char mark) {
        cells[row][column] = mark;
    }

    boolean containsX(double x) {
        return x >= xMin && x <= xMax;
    }

    boolean containsY(double y) {
        return y >= Math.min(yMin, yMax) && y <= Math.max(yMin, yMax);
    }

    /** Draws a horizontal line of {@code mark} at y, under later marks, when y is inside the range; true if drawn. */
    boolean horizontalRule(double y, char mark) {
        if (y > yMin && y < yMax) {
            Arrays.fill(cells[row(y)], mark);
            return true;
        }
        return false;
    }

    void print(PrintWriter out, String xName) {
        print(out, xName, labelWidth(yMin, yMax));
    }

    /** Prints the canvas and the x axis with y labels {@code margin} wide. */
    void print(PrintWriter out, String xName, int margin) {
        printPanel(out, margin);
        String from = ReadableNumbers.format(xMin);
        String to = ReadableNumbers.format(xMax);
        String middle = xName;
        int gap = Math.max(1, width() - from.length() - to.length() - middle.length());
        out.println(" ".repeat(margin + 2) + from + " ".repeat(gap / 2) + middle + " ".repeat(gap - gap / 2) + to);
    }

    /** Prints the grid, its y range on the left, and its bottom frame: a panel above another that has the x axis. */
    void printPanel(PrintWriter out, int margin) {
        String top = ReadableNumbers.format(yMax);
        String bottom = ReadableNumbers.format(yMin);
        for (int r = 0; r < height(); r++) {
            String label = r == 0 ? top : r == height() - 1 ? bottom : "";
            out.println(pad(label, margin) + " |" + new String(cells[r]));
        }
        out.println(" ".repeat(margin) + " +" + "-".repeat(width()));
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }
}
