package dev.nnscript.cli.plot;

import dev.nnscript.dsl.print.ReadableNumbers;
import java.util.Optional;

/**
 * Which sampled values of a plot cannot be drawn: NaN, infinite, or so large that an axis spanning
 * them overflows (the chart library needs the span and its margins finite). The charts leave them
 * out (a gap in a curve, an empty cell in a heat map) and the command says so.
 */
final class NonFinite {

    /** Beyond this magnitude a value is left out: twice it, plus margins, is still a finite double. */
    static final double LIMIT = 1e300;

    private NonFinite() {}

    static boolean plottable(double value) {
        return Math.abs(value) <= LIMIT;
    }

    /**
     * "y is not finite at 3 of 401 samples (x from 0.2 to 0.3); left out of the plot", or empty when
     * every value can be drawn.
     *
     * @param where each value's input, for the range it names
     */
    static Optional<String> describe(String valueName, double[] values, String inputName, double[] where) {
        int count = 0;
        boolean huge = false;
        double first = Double.NaN;
        double last = Double.NaN;
        for (int i = 0; i < values.length; i++) {
            if (!plottable(values[i])) {
                count++;
                huge |= Double.isFinite(values[i]);
                first = Double.isNaN(first) ? where[i] : Math.min(first, where[i]);
                last = Double.isNaN(last) ? where[i] : Math.max(last, where[i]);
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        String range = first == last ? inputName + " = " + ReadableNumbers.format(first)
                : inputName + " from " + ReadableNumbers.format(first) + " to " + ReadableNumbers.format(last);
        return Optional.of(valueName + " is " + what(huge) + " at " + count + " of " + values.length + " samples ("
                + range + "); left out of the plot");
    }

    /** "not finite", or "not finite or beyond ±1e300" when some of the values are finite but too large. */
    static String what(boolean huge) {
        return huge ? "not finite or beyond ±" + ReadableNumbers.format(LIMIT) : "not finite";
    }

    /** The value, or NaN (which the charts draw as a gap) when it cannot be drawn. */
    static double orGap(double value) {
        return plottable(value) ? value : Double.NaN;
    }
}
