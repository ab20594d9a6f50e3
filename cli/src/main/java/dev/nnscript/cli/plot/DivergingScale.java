package dev.nnscript.cli.plot;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A heat map's value colours: white at 0, deepening to blue for negative values and to orange for
 * positive ones, at the same rate on both sides (the value farthest from 0 gets the full colour), so
 * the colour says the sign and how big a value is against the others. The bar spans from the lowest
 * value (or 0) to the highest (or 0).
 */
final class DivergingScale implements PaintScale {

    private final double lower;
    private final double upper;
    /** The largest distance from 0 of any value: full colour. */
    private final double reach;

    DivergingScale(double min, double max) {
        double lo = Math.min(min, 0.0);
        double hi = Math.max(max, 0.0);
        if (!(lo < hi)) {
            hi = 1.0;
        }
        this.lower = lo;
        this.upper = hi;
        this.reach = Math.max(-lo, hi);
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return Color.LIGHT_GRAY;
        }
        double t = Math.max(-1.0, Math.min(1.0, value / reach));
        return t < 0 ? blend(Color.WHITE, Palette.BLUE, -t) : blend(Color.WHITE, Palette.ORANGE, t);
    }

    private static Color blend(Color from, Color to, double u) {
        return new Color(mix(from.getRed(), to.getRed(), u), mix(from.getGreen(), to.getGreen(), u),
                mix(from.getBlue(), to.getBlue(), u));
    }

    private static int mix(int a, int b, double u) {
        return (int) Math.round(a + (b - a) * u);
    }
}
