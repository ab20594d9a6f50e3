package dev.nnscript.dsl.print;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a finite double as the shortest decimal that parses back to the same double, and among
 * those the one closest to its exact value: {@code 1.7}, {@code -0.85}, {@code 1e-7}.
 *
 * <p>Java 19+'s {@code Double.toString} does this, but Java 17's sometimes gives more digits than
 * needed: 1e23 prints as 9.999999999999999E22, 2^-1074 as 4.9E-324, and 3.160701594026542e17 as
 * 3.1607015940265421E17 (about 0.3% of random bit patterns). This class finds the shortest length by testing
 * candidates: the decimals with p significant digits that round-trip form one run around x, so if
 * any exists, rounding any round-tripping anchor down or up to p digits finds one, and existence
 * is monotone in p (a p-digit decimal is also a (p+1)-digit one), so a binary search finds the
 * least p. The final choice rounds the exact value down and up to that length and keeps the closer
 * round-tripping candidate.
 *
 * <p>Layout: plain notation for 1e-3 <= |x| < 1e7 (as Double.toString), otherwise {@code d.ddde-N};
 * no trailing {@code .0}; negative zero is {@code -0}.
 */
public final class ShortestDouble {

    private static final int PLAIN_MIN_EXPONENT = -3;
    private static final int PLAIN_MAX_EXPONENT = 6;

    private ShortestDouble() {}

    public static String format(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("only finite numbers have a .nn form, not " + x);
        }
        if (x == 0.0) {
            return Double.doubleToRawLongBits(x) < 0 ? "-0" : "0";
        }
        return render(shortest(x));
    }

    /** The shortest round-tripping decimal, trailing zeros stripped. */
    static BigDecimal shortest(double x) {
        BigDecimal anchor = anchor(x);
        int n = anchor.precision();
        int least = n;
        if (n > 1 && exists(anchor, n - 1, x)) {
            int lo = 1;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (exists(anchor, mid, x)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            least = lo;
        }
        return closest(x, least);
    }

    /** A decimal that round-trips: Java 17's toString output when it does, else the exact value. */
    private static BigDecimal anchor(double x) {
        String s = Double.toString(x);
        BigDecimal d = roundTrips(s, x) ? new BigDecimal(s) : new BigDecimal(x);
        return d.stripTrailingZeros();
    }

    private static boolean exists(BigDecimal anchor, int digits, double x) {
        return roundTrips(anchor.round(new MathContext(digits, RoundingMode.FLOOR)), x)
                || roundTrips(anchor.round(new MathContext(digits, RoundingMode.CEILING)), x);
    }

    /** Of the exact value rounded down and up to {@code digits}, the round-tripping one nearer to x. */
    private static BigDecimal closest(double x, int digits) {
        BigDecimal exact = new BigDecimal(x);
        BigDecimal down = exact.round(new MathContext(digits, RoundingMode.FLOOR)).stripTrailingZeros();
        BigDecimal up = exact.round(new MathContext(digits, RoundingMode.CEILING)).stripTrailingZeros();
        boolean downOk = roundTrips(down, x);
        boolean upOk = roundTrips(up, x);
        if (downOk && upOk) {
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            if (cmp != 0) {
                return cmp < 0 ? down : up;
            }
            return down.unscaledValue().testBit(0) ? up : down; // a tie: the even last digit
        }
        return downOk ? down : up;
    }

    private static boolean roundTrips(BigDecimal candidate, double x) {
        return roundTrips(candidate.toString(), x);
    }

    private static boolean roundTrips(String candidate, double x) {
        return Double.doubleToRawLongBits(Double.parseDouble(candidate)) == Double.doubleToRawLongBits(x);
    }

    private static String render(BigDecimal d) {
        int exponent = d.precision() - d.scale() - 1; // of the first significant digit
        if (exponent >= PLAIN_MIN_EXPONENT && exponent <= PLAIN_MAX_EXPONENT) {
            return d.toPlainString();
        }
        String digits = d.unscaledValue().abs().toString();
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (d.signum() < 0) {
            out.append('-');
        }
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        return out.append('e').append(exponent).toString();
    }
}
