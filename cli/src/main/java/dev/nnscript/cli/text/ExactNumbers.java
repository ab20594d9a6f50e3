package dev.nnscript.cli.text;

import dev.nnscript.dsl.print.ScriptNumberFormat;

/**
 * Numbers in the shortest form that parses back to the same double, for CSV and JSON output: the
 * dsl printer's form, so results read like saved models. A non-finite value, which has no
 * {@code .nn} form, is written as Java writes it ({@code NaN}, {@code Infinity}).
 */
public final class ExactNumbers {

    private ExactNumbers() {}

    public static String format(double value) {
        return Double.isFinite(value) ? ScriptNumberFormat.format(value) : Double.toString(value);
    }
}
