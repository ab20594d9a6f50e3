package dev.nnscript.cli.plot;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/** Gives a chart the shared look: white background, light grid, large legible fonts, legend entries apart. */
final class ChartStyle {

    /** Room after each legend entry's text, so one entry's label does not run into the next one's line. */
    private static final RectangleInsets LEGEND_ITEM_PADDING = new RectangleInsets(2, 2, 2, 22);

    private ChartStyle() {}

    /** Room right of the plot for half of the last tick label, which is centred on the axis's end. */
    private static final RectangleInsets CHART_PADDING = new RectangleInsets(6, 6, 6, 24);

    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(CHART_PADDING);
        chart.getTitle().setFont(Palette.TITLE);
        chart.getTitle().setPaint(Palette.INK);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(Palette.LEGEND);
            chart.getLegend().setFrame(BlockBorder.NONE);
            chart.getLegend().setItemLabelPadding(LEGEND_ITEM_PADDING);
        }
        XYPlot plot = chart.getXYPlot();
        style(plot);
        if (plot instanceof CombinedDomainXYPlot combined) {
            for (XYPlot sub : combined.getSubplots()) {
                style(sub);
            }
        }
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlineVisible(false);
        if (plot.getDomainAxis() != null) {
            style(plot.getDomainAxis());
        }
        if (plot.getRangeAxis() != null) {
            style(plot.getRangeAxis());
        }
    }

    private static void style(ValueAxis axis) {
        axis.setLabelFont(Palette.LABEL);
        axis.setLabelPaint(Palette.INK);
        axis.setTickLabelFont(Palette.TICKS);
        axis.setTickLabelPaint(Palette.INK);
    }
}
