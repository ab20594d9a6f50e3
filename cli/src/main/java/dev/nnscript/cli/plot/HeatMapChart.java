package dev.nnscript.cli.plot;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The chart of a two-input network: a heat map of the predicted class (one colour per class, with
 * a legend) or of the output value (a blue-to-orange scale, with a colour bar).
 */
final class HeatMapChart {

    /** Colour steps of a value scale. */
    private static final int SCALE_STEPS = 64;

    private HeatMapChart() {}

    static JFreeChart of(TwoInputGrid grid) {
        int nx = grid.xs().length;
        int ny = grid.ys().length;
        double[][] series = new double[3][nx * ny];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < nx * ny; k++) {
            series[0][k] = grid.xs()[k % nx];
            series[1][k] = grid.ys()[k / nx];
            series[2][k] = grid.values()[k];
            min = Math.min(min, grid.values()[k]);
            max = Math.max(max, grid.values()[k]);
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(grid.valueName(), series);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(step(grid.xs()));
        renderer.setBlockHeight(step(grid.ys()));
        PaintScale scale = grid.isClassifier() ? classScale(grid.classes().size()) : valueScale(min, max);
        renderer.setPaintScale(scale);
        NumberAxis x = new NumberAxis(grid.xName());
        NumberAxis y = new NumberAxis(grid.yName());
        x.setAutoRangeIncludesZero(false);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(grid.title() + ": " + grid.valueName(), Palette.TITLE, plot,
                grid.isClassifier());
        if (grid.isClassifier()) {
            plot.setFixedLegendItems(classLegend(grid, scale));
        } else {
            chart.addSubtitle(colourBar(scale, grid.valueName()));
        }
        ChartStyle.apply(chart);
        return chart;
    }

    private static double step(double[] axis) {
        return axis.length > 1 ? axis[1] - axis[0] : 1.0;
    }

    private static PaintScale classScale(int classes) {
        LookupPaintScale scale = new LookupPaintScale(-0.5, classes - 0.5, Color.WHITE);
        for (int c = 0; c < classes; c++) {
            scale.add(c - 0.5, Palette.series(c));
        }
        return scale;
    }

    /** Blue for the lowest value through white to orange for the highest. */
    private static PaintScale valueScale(double min, double max) {
        double upper = max > min ? max : min + 1.0;
        LookupPaintScale scale = new LookupPaintScale(min, upper, Palette.ORANGE);
        for (int s = 0; s < SCALE_STEPS; s++) {
            double t = (double) s / (SCALE_STEPS - 1);
            scale.add(min + (upper - min) * s / SCALE_STEPS, blend(t));
        }
        return scale;
    }

    private static Paint blend(double t) {
        Color from = t < 0.5 ? Palette.BLUE : Color.WHITE;
        Color to = t < 0.5 ? Color.WHITE : Palette.ORANGE;
        double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
        return new Color(mix(from.getRed(), to.getRed(), u), mix(from.getGreen(), to.getGreen(), u),
                mix(from.getBlue(), to.getBlue(), u));
    }

    private static int mix(int a, int b, double u) {
        return (int) Math.round(a + (b - a) * u);
    }

    private static LegendItemCollection classLegend(TwoInputGrid grid, PaintScale scale) {
        LegendItemCollection items = new LegendItemCollection();
        for (int c = 0; c < grid.classes().size(); c++) {
            items.add(new LegendItem(grid.classes().get(c), scale.getPaint(c)));
        }
        return items;
    }

    private static PaintScaleLegend colourBar(PaintScale scale, String name) {
        NumberAxis axis = new NumberAxis(name);
        axis.setLabelFont(Palette.LABEL);
        axis.setTickLabelFont(Palette.TICKS);
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(8, 8, 8, 8);
        legend.setStripWidth(18);
        return legend;
    }
}
