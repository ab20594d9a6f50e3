package dev.nnscript.cli.plot;

import dev.nnscript.cli.text.ReadableNumbers;
import java.util.Optional;

/**
 * Which sampled values of a plot are NaN or infinite: the charts leave them out (a gap in a curve,
 * an empty cell in a heat map) and the command says so.
 */
final class NonFinite {

    private NonFinite() {}

    /**
     * "y is not finite at 3 of 401 samples (x from 0.2 to 0.3)", or empty when every value is finite.
     *
     * @param where each value's input, for the range it names
     */
    static Optional<String> describe(String valueName, double[] values, String inputName, double[] where) {
        int count = 0;
        double first = Double.NaN;
        double last = Double.NaN;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                count++;
                first = Double.isNaN(first) ? where[i] : Math.min(first, where[i]);
                last = Double.isNaN(last) ? where[i] : Math.max(last, where[i]);
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        String range = first == last ? inputName + " = " + ReadableNumbers.format(first)
                : inputName + " from " + ReadableNumbers.format(first) + " to " + ReadableNumbers.format(last);
        return Optional.of(valueName + " is not finite at " + count + " of " + values.length + " samples (" + range
                + "); left out of the plot");
    }

    /** The value, or NaN (which the charts draw as a gap) when it is infinite. */
    static double orGap(double value) {
        return Double.isFinite(value) ? value : Double.NaN;
    }
}
