package dev.nnscript.cli.plot;

import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The chart of a one-input network: each hidden node's scaled contribution (blue, orange, ...),
 * their sum plus bias before the final activation (green, dashed), the output (thick, dark), as
 * the StatQuest "ReLU in action" drawings show them, and the training rows as dots. When the
 * contributions span so much more than the outputs that the output curve would look flat, the
 * outputs and dots get their own panel above the decomposition, sharing the input axis
 * ({@link OneInputCurves#outputDwarfed}, the terminal plot's rule too).
 */
final class CurveChart {

    private static final double DOT = 10;

    private CurveChart() {}

    static JFreeChart of(OneInputCurves curves) {
        NumberAxis x = new NumberAxis(curves.inputName());
        x.setAutoRangeIncludesZero(false);
        // Exactly the sampled range: no margin, so no tick beyond the data whose label is clipped.
        x.setRange(curves.xs()[0], curves.xs()[curves.xs().length - 1]);
        XYPlot outputs = outputPlot(curves);
        XYPlot decomposition = decompositionPlot(curves);
        if (decomposition == null) {
            outputs.setDomainAxis(x);
            return chart(curves, outputs);
        }
        if (!curves.outputDwarfed()) {
            XYPlot plot = decomposition;
            plot.setDataset(1, outputs.getDataset(0));
            plot.setRenderer(1, outputs.getRenderer(0));
            plot.setDataset(2, outputs.getDataset(1));
            plot.setRenderer(2, outputs.getRenderer(1));
            plot.setDomainAxis(x);
            plot.getRangeAxis().setLabel("value");
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
            return chart(curves, plot);
        }
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
        combined.setGap(18);
        combined.add(outputs, 1);
        combined.add(decomposition, 1);
        return chart(curves, combined);
    }

    private static JFreeChart chart(OneInputCurves curves, org.jfree.chart.plot.XYPlot plot) {
        JFreeChart chart = new JFreeChart(curves.title(), Palette.TITLE, plot, true);
        ChartStyle.apply(chart);
        return chart;
    }

    /** The output curves (dataset 0) and the training rows (dataset 1). */
    private static XYPlot outputPlot(OneInputCurves curves) {
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer lineRenderer = lineRenderer();
        int outputs = 0;
        for (Curve curve : curves.curves()) {
            if (curve.role() == Curve.Role.OUTPUT) {
                lines.addSeries(series(curve.label(), curves.xs(), curve.ys()));
                lineRenderer.setSeriesPaint(outputs, outputs == 0 ? Palette.INK : Palette.series(outputs + 1));
                lineRenderer.setSeriesStroke(outputs, Palette.THICK);
                outputs++;
            }
        }
        XYSeriesCollection dots = new XYSeriesCollection();
        XYLineAndShapeRenderer dotRenderer = new XYLineAndShapeRenderer(false, true);
        List<DataPoints> points = curves.points();
        for (int p = 0; p < points.size(); p++) {
            dots.addSeries(series(points.get(p).label(), points.get(p).xs(), points.get(p).ys()));
            dotRenderer.setSeriesPaint(p, p == 0 ? Palette.RED : Palette.series(p + 1));
            dotRenderer.setSeriesShape(p, new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT));
            dotRenderer.setSeriesOutlinePaint(p, Palette.INK);
        }
        dotRenderer.setUseOutlinePaint(true);
        dotRenderer.setDrawOutlines(true);
        NumberAxis y = new NumberAxis(outputs == 1 ? firstOutputName(curves) : "outputs");
        y.setAutoRangeIncludesZero(false);
        // A margin below 0 too, so an output resting at 0 is not drawn on the panel's edge.
        y.setAutoRangeStickyZero(false);
        XYPlot plot = new XYPlot(lines, null, y, lineRenderer);
        plot.setDataset(1, dots);
        plot.setRenderer(1, dotRenderer);
        // Dots over the curves: the dataset added last is drawn last.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return plot;
    }

    private static String firstOutputName(OneInputCurves curves) {
        for (Curve curve : curves.curves()) {
            if (curve.role() == Curve.Role.OUTPUT) {
                int cut = curve.label().indexOf(" = ");
                return cut > 0 ? curve.label().substring(0, cut) : curve.label();
            }
        }
        return "output";
    }

    /** The scaled contributions and their sum, or null when the network has no decomposition. */
    private static XYPlot decompositionPlot(OneInputCurves curves) {
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = lineRenderer();
        int s = 0;
        for (Curve curve : curves.curves()) {
            if (curve.role() == Curve.Role.CONTRIBUTION) {
                lines.addSeries(series(curve.label(), curves.xs(), curve.ys()));
                renderer.setSeriesPaint(s, Palette.series(s));
                renderer.setSeriesStroke(s, Palette.THIN);
                s++;
            }
        }
        for (Curve curve : curves.curves()) {
            if (curve.role() == Curve.Role.SUM) {
                lines.addSeries(series(curve.label(), curves.xs(), curve.ys()));
                renderer.setSeriesPaint(s, Palette.GREEN);
                renderer.setSeriesStroke(s, Palette.DASHED);
                s++;
            }
        }
        if (s == 0) {
            return null;
        }
        return new XYPlot(lines, null, new NumberAxis("scaled node outputs"), renderer);
    }

    private static XYLineAndShapeRenderer lineRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // One path per series, so the dashed sum line stays dashed across hundreds of short segments.
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    /** A series with infinite values turned to NaN: a gap, which the axes' auto range skips. */
    private static XYSeries series(String label, double[] xs, double[] ys) {
        XYSeries series = new XYSeries(label, false, true);
        for (int i = 0; i < xs.length; i++) {
            series.add(xs[i], NonFinite.orGap(ys[i]));
        }
        return series;
    }
}
