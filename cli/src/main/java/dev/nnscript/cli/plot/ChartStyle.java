package dev.nnscript.cli.plot;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

/** Gives a chart the shared look: white background, light grid, large legible fonts. */
final class ChartStyle {

    private ChartStyle() {}

    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(Palette.TITLE);
        chart.getTitle().setPaint(Palette.INK);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(Palette.LEGEND);
            chart.getLegend().setFrame(BlockBorder.NONE);
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlineVisible(false);
        style(plot.getDomainAxis());
        style(plot.getRangeAxis());
    }

    private static void style(ValueAxis axis) {
        axis.setLabelFont(Palette.LABEL);
        axis.setLabelPaint(Palette.INK);
        axis.setTickLabelFont(Palette.TICKS);
        axis.setTickLabelPaint(Palette.INK);
    }
}
