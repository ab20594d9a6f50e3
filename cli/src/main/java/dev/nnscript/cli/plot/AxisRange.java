package dev.nnscript.cli.plot;

import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.print.ReadableNumbers;
import java.util.function.Function;

/**
 * One axis's range for {@code nnrun plot}: the ends given on the command line, each end left out
 * taken from the data's column (see {@link PlotRange#ofColumn}), else from {@link PlotRange#UNIT}.
 */
public final class AxisRange {

    private AxisRange() {}

    /**
     * The range; ends that do not make {@code from < to}, or a span past the largest double, are a
     * usage problem, turned into the exception thrown by {@code usage} (the command's, so this
     * package stays free of picocli).
     *
     * @param data the rows drawn as dots, or null without data
     * @param column the input column (0 for the horizontal axis, 1 for the vertical)
     */
    public static PlotRange resolve(String fromName, Double given, String toName, Double givenTo, Dataset data,
            int column, Function<String, RuntimeException> usage) {
        PlotRange fromData = data == null ? null : PlotRange.ofColumn(data.inputs(), column, data.inputCount());
        PlotRange fallback = fromData != null ? fromData : PlotRange.UNIT;
        double a = given != null ? given : fallback.from();
        double b = givenTo != null ? givenTo : fallback.to();
        if (!(a < b)) {
            throw usage.apply(fromName + " must be below " + toName + " (got " + ReadableNumbers.format(a) + " and "
                    + ReadableNumbers.format(b) + (given == null || givenTo == null ? ", one of them from the data" : "")
                    + ")");
        }
        if (!Double.isFinite(b - a)) {
            // The samples step by (b - a) / n: a span past the largest double puts them all at infinity.
            throw usage.apply("the span from " + fromName + " " + ReadableNumbers.format(a) + " to " + toName + " "
                    + ReadableNumbers.format(b) + " is too wide to sample (it exceeds the largest double,"
                    + " about 1.8e308); narrow the range");
        }
        return new PlotRange(a, b);
    }
}
