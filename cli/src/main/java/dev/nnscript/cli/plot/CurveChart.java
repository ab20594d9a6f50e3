package dev.nnscript.cli.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The chart of a one-input network: each hidden node's scaled contribution (blue, orange, ...),
 * their sum plus bias before the final activation (green, dashed) and the output (thick, dark), as
 * the StatQuest "ReLU in action" drawings show them.
 */
final class CurveChart {

    private CurveChart() {}

    static JFreeChart of(OneInputCurves curves) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // One path per series, so the dashed sum line stays dashed across hundreds of short segments.
        renderer.setDrawSeriesLineAsPath(true);
        int contributions = 0;
        int outputs = 0;
        for (int c = 0; c < curves.curves().size(); c++) {
            Curve curve = curves.curves().get(c);
            XYSeries series = new XYSeries(curve.label(), false, true);
            for (int i = 0; i < curves.xs().length; i++) {
                series.add(curves.xs()[i], curve.ys()[i]);
            }
            dataset.addSeries(series);
            switch (curve.role()) {
                case CONTRIBUTION -> {
                    renderer.setSeriesPaint(c, Palette.series(contributions++));
                    renderer.setSeriesStroke(c, Palette.THIN);
                }
                case SUM -> {
                    renderer.setSeriesPaint(c, Palette.GREEN);
                    renderer.setSeriesStroke(c, Palette.DASHED);
                }
                case OUTPUT -> {
                    renderer.setSeriesPaint(c, outputs == 0 ? Palette.INK : Palette.series(outputs + 1));
                    renderer.setSeriesStroke(c, Palette.THICK);
                    outputs++;
                }
            }
        }
        NumberAxis x = new NumberAxis(curves.inputName());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("value");
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(curves.title(), Palette.TITLE, plot, true);
        ChartStyle.apply(chart);
        return chart;
    }
}
