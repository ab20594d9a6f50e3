package dev.nnscript.cli.plot;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The chart of a two-input network: a heat map of the predicted class (one colour per class, with
 * a legend) or of the output value (white at 0, blue below, orange above, with a colour bar), and
 * the training rows as dots coloured the same way, outlined. Cells whose output is not finite stay
 * empty.
 */
final class HeatMapChart {

    private static final double DOT = 11;

    private HeatMapChart() {}

    static JFreeChart of(TwoInputGrid grid) {
        PaintScale scale = grid.isClassifier() ? classScale(grid.classes().size()) : valueScale(grid);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(step(grid.xs()));
        renderer.setBlockHeight(step(grid.ys()));
        renderer.setPaintScale(scale);
        NumberAxis x = new NumberAxis(grid.xName());
        NumberAxis y = new NumberAxis(grid.yName());
        // Exactly the sampled ranges: no margin, so no tick beyond the grid whose label is clipped.
        x.setRange(grid.xs()[0], grid.xs()[grid.xs().length - 1]);
        y.setRange(grid.ys()[0], grid.ys()[grid.ys().length - 1]);
        XYPlot plot = new XYPlot(cells(grid), x, y, renderer);
        if (grid.pointCount() > 0) {
            plot.setDataset(1, dots(grid));
            plot.setRenderer(1, dotRenderer(scale));
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        boolean legend = grid.isClassifier() || grid.pointCount() > 0;
        JFreeChart chart = new JFreeChart(grid.title() + ": " + grid.valueName(), Palette.TITLE, plot, legend);
        if (legend) {
            plot.setFixedLegendItems(legendItems(grid, scale));
        }
        if (!grid.isClassifier()) {
            chart.addSubtitle(colourBar(scale, grid.valueName()));
        }
        ChartStyle.apply(chart);
        return chart;
    }

    /** The grid's finite cells as (x, y, value). */
    private static DefaultXYZDataset cells(TwoInputGrid grid) {
        int nx = grid.xs().length;
        int n = grid.values().length;
        int finite = 0;
        for (double v : grid.values()) {
            finite += NonFinite.plottable(v) ? 1 : 0;
        }
        double[][] series = new double[3][finite];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (NonFinite.plottable(grid.values()[i])) {
                series[0][k] = grid.xs()[i % nx];
                series[1][k] = grid.ys()[i / nx];
                series[2][k] = grid.values()[i];
                k++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(grid.valueName(), series);
        return dataset;
    }

    private static DefaultXYZDataset dots(TwoInputGrid grid) {
        int n = grid.pointCount();
        double[][] series = new double[3][n];
        for (int r = 0; r < n; r++) {
            series[0][r] = grid.points()[3 * r];
            series[1][r] = grid.points()[3 * r + 1];
            series[2][r] = grid.points()[3 * r + 2];
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("training rows", series);
        return dataset;
    }

    private static XYShapeRenderer dotRenderer(PaintScale scale) {
        XYShapeRenderer renderer = new XYShapeRenderer();
        renderer.setPaintScale(scale);
        renderer.setSeriesShape(0, dot());
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(true);
        renderer.setSeriesOutlinePaint(0, Palette.INK);
        renderer.setSeriesOutlineStroke(0, Palette.OUTLINE);
        return renderer;
    }

    private static Shape dot() {
        return new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT);
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

    private static PaintScale valueScale(TwoInputGrid grid) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : grid.values()) {
            if (NonFinite.plottable(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return min <= max ? new DivergingScale(min, max) : new DivergingScale(0, 1);
    }

    private static LegendItemCollection legendItems(TwoInputGrid grid, PaintScale scale) {
        LegendItemCollection items = new LegendItemCollection();
        for (int c = 0; c < grid.classes().size(); c++) {
            items.add(new LegendItem(grid.classes().get(c), scale.getPaint(c)));
        }
        if (grid.pointCount() > 0) {
            String coloured = grid.isClassifier() ? "by their class" : "by their " + grid.valueName();
            items.add(new LegendItem("training rows (coloured " + coloured + ")", null, null, null, dot(),
                    Color.WHITE, Palette.OUTLINE, Palette.INK));
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
        // Enough samples that the bar shows the scale's white at 0 crisply.
        legend.setSubdivisionCount(200);
        return legend;
    }
}
