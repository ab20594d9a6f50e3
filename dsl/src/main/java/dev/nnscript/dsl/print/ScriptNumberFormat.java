package dev.nnscript.dsl.print;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;

/**
 * Formats a finite double as the shortest decimal that parses back to the same double, and among
 * those the one closest to its exact value: {@code 1.7}, {@code -0.85}, {@code 1e-7}.
 *
 * <p>Java 19+'s {@code Double.toString} does this, but Java 17's sometimes gives more digits than
 * needed: 1e23 prints as 9.999999999999999E22, 2^-1074 as 4.9E-324, and 3.160701594026542e17 as
 * 3.1607015940265421E17 (about 0.3% of random bit patterns). The digits come from jackson-core's
 * Schubfach writer (Raffaello Giulietti's algorithm, the one Java 19 adopted), fast enough for
 * batch inference, which writes millions (docs/speed.md). Schubfach follows Java 19's one
 * exception to "shortest": when a single digit would do, it may give two closer ones (2^-1074 as
 * 4.9E-324);
 * {@link RoundTripSearch} finds the single digit then.
 *
 * <p>Layout: plain notation for 1e-3 <= |x| < 1e7 (as Double.toString), otherwise {@code d.ddde-N};
 * no trailing {@code .0}; negative zero is {@code -0}.
 */
public final class ScriptNumberFormat {

    private ScriptNumberFormat() {}

    public static String format(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("only finite numbers have a .nn form, not " + x);
        }
        if (x == 0.0) {
            return Double.doubleToRawLongBits(x) < 0 ? "-0" : "0";
        }
        String java = NumberOutput.toString(x, true);
        if (java.indexOf('E') < 0 && significantDigits(java) > 2) {
            // Plain notation is laid out as ours (same range), less the trailing ".0" of whole numbers.
            return java.endsWith(".0") ? java.substring(0, java.length() - 2) : java;
        }
        DecimalDigits decimal = DecimalDigits.parse(java);
        if (decimal.digitCount() == 2) {
            BigDecimal oneDigit = RoundTripSearch.closestRoundTripping(x, 1);
            if (oneDigit != null) {
                decimal = DecimalDigits.of(oneDigit);
            }
        }
        return decimal.render();
    }

    /** Digits from the first non-zero one to the last non-zero one of a plain decimal, point excluded. */
    private static int significantDigits(String plain) {
        int first = 0;
        int last = plain.length() - 1;
        while (first <= last && !isNonZeroDigit(plain.charAt(first))) {
            first++;
        }
        while (last > first && !isNonZeroDigit(plain.charAt(last))) {
            last--;
        }
        int pointInside = plain.indexOf('.', first) >= 0 && plain.indexOf('.', first) < last ? 1 : 0;
        return last - first + 1 - pointInside;
    }

    private static boolean isNonZeroDigit(char c) {
        return c >= '1' && c <= '9';
    }

    /**
     * The decimal {@link #format} prints, as a number whose precision is its count of significant
     * digits (for tests): trailing zeros of a whole number ("120") are not significant digits.
     */
    static BigDecimal shortest(double x) {
        return new BigDecimal(format(x)).stripTrailingZeros();
    }
}
