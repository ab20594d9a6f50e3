package dev.nnscript.cli.plot;

import dev.nnscript.cli.io.AtomicFiles;
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
        write(CurveChart.of(curves), file);
    }

    public static void write(TwoInputGrid grid, Path file) throws IOException {
        write(HeatMapChart.of(grid), file);
    }

    private static void write(JFreeChart chart, Path file) throws IOException {
        boolean svg = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        AtomicFiles.write(file, svg ? svg(chart) : png(chart));
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
