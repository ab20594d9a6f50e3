package dev.nnscript.cli.text;

import dev.nnscript.dsl.spec.NumberSyntax;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;

/**
 * Numbers typed on the command line or in an input CSV, in the syntax of the {@code .nn} language:
 * integers, decimals, signs and exponents ({@code 2}, {@code -0.85}, {@code .5}, {@code -1.6E1}).
 * Java's extras ({@code NaN}, {@code Infinity}, hex, {@code 1d}) and values that overflow a double
 * are refused.
 */
public final class StrictNumberParser {

    private StrictNumberParser() {}

    /** The value of {@code text}, or empty when it is not a finite number. */
    public static OptionalDouble parse(String text) {
        // Characters outside Latin-1 become '?', which no number has.
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        if (!NumberSyntax.isNumber(bytes, 0, bytes.length)) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
