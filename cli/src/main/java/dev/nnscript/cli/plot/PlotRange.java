package dev.nnscript.cli.plot;

/** An input's range on a plot's axis: finite, {@code from < to}. */
public record PlotRange(double from, double to) {

    public PlotRange {
        if (!(Double.isFinite(from) && Double.isFinite(to) && from < to)) {
            throw new IllegalArgumentException("a plot range needs finite from < to, got " + from + ", " + to);
        }
    }

    /** Used when neither the command line nor the script's data says otherwise. */
    public static final PlotRange UNIT = new PlotRange(0, 1);

    /** Share of the data's span added at each end, so the dots at the ends are drawn whole. */
    static final double DATA_MARGIN = 0.05;

    /**
     * The range the data's column {@code column} (of {@code width}) spans, widened by 5% at each
     * end, or UNIT-wide around its one value when every row has the same; null when there are no rows.
     */
    public static PlotRange ofColumn(double[] values, int column, int width) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = column; i < values.length; i += width) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        if (min > max || !Double.isFinite(min) || !Double.isFinite(max)) {
            return null;
        }
        double margin = (max - min) * DATA_MARGIN;
        return min < max ? new PlotRange(min - margin, max + margin) : new PlotRange(min - 0.5, max + 0.5);
    }
}
