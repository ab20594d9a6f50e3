package dev.nnscript.dsl.print;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers for people to read: four significant digits (more when the integer part needs them),
 * trailing zeros dropped, so 1.0100000000000016 reads {@code 1.01} and -0.6799999999999999 reads
 * {@code -0.68}, as the StatQuest walk-throughs write them. Never for anything saved or parsed back:
 * that is the shortest round-trip form. Shared by nnrun and the Groovy builder, so both read alike.
 */
public final class ReadableNumbers {

    private static final int SIGNIFICANT_DIGITS = 4;
    /** Below this magnitude (and from LARGE up) plain notation gets unreadable: use an exponent. */
    private static final double SMALL = 1e-4;
    private static final double LARGE = 1e9;

    private ReadableNumbers() {}

    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0.0) {
            return "0"; // also for -0.0, which would only puzzle a reader
        }
        double magnitude = Math.abs(value);
        if (magnitude < SMALL || magnitude >= LARGE) {
            return scientific(value);
        }
        BigDecimal exact = new BigDecimal(value);
        int integerDigits = Math.max(0, exact.precision() - exact.scale());
        MathContext context = new MathContext(Math.max(SIGNIFICANT_DIGITS, integerDigits), RoundingMode.HALF_EVEN);
        return plain(exact.round(context));
    }

    private static String plain(BigDecimal rounded) {
        BigDecimal stripped = rounded.stripTrailingZeros();
        String text = stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** 1.235e-5 style: the mantissa rounded like plain numbers, no padded exponent. */
    private static String scientific(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent);
        return plain(mantissa) + "e" + exponent;
    }
}
