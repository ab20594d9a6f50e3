package dev.nnscript.cli.plot;

import dev.nnscript.dsl.files.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Renders a chart to SVG or PNG, chosen by the file name's extension, and writes it atomically. */
public final class ChartFiles {

    static final int WIDTH = 960;
    static final int HEIGHT = 600;

    private ChartFiles() {}

    /** True for the extensions {@link #write} understands: .svg and .png. */
    public static boolean supports(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".svg") || name.endsWith(".png");
    }

    public static void write(OneInputCurves curves, Path file) throws IOException {
        AtomicFiles.write(file, bytes(curves, isSvg(file)));
    }

    public static void write(TwoInputGrid grid, Path file) throws IOException {
        AtomicFiles.write(file, bytes(grid, isSvg(file)));
    }

    /** The chart's SVG document ({@code svg} true) or PNG image, as {@link #write} would write it. */
    public static byte[] bytes(OneInputCurves curves, boolean svg) throws IOException {
        return bytes(CurveChart.of(curves), svg);
    }

    /** As {@link #bytes(OneInputCurves, boolean)}, for a heat map. */
    public static byte[] bytes(TwoInputGrid grid, boolean svg) throws IOException {
        return bytes(HeatMapChart.of(grid), svg);
    }

    private static boolean isSvg(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    private static byte[] bytes(JFreeChart chart, boolean svg) throws IOException {
        return svg ? svg(chart) : png(chart);
    }

    private static byte[] svg(JFreeChart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g2, new java.awt.Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png(JFreeChart chart) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(bytes, chart, WIDTH, HEIGHT);
        return bytes.toByteArray();
    }
}
