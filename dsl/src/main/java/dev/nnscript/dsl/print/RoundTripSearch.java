package dev.nnscript.dsl.print;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest round-tripping decimal by search, with BigDecimal arithmetic (slow, see
 * docs/speed.md): {@link ScriptNumberFormat}'s fallback for one-digit forms and the reference
 * its tests check the fast path against.
 *
 * <p>The decimals with p significant digits that round-trip form one run around x, so if any exists,
 * rounding any round-tripping anchor down or up to p digits finds one, and existence is monotone in p
 * (a p-digit decimal is also a (p+1)-digit one), so a binary search finds the least p. The final
 * choice rounds the exact value down and up to that length and keeps the closer round-tripping
 * candidate.
 */
final class RoundTripSearch {

    private RoundTripSearch() {}

    /** The shortest round-tripping decimal of a finite, non-zero x, trailing zeros stripped. */
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
        return closestRoundTripping(x, least);
    }

    /**
     * Of the exact value of x rounded down and up to {@code digits} significant digits, the
     * round-tripping one nearer to x (the even last digit on a tie); null when neither round-trips.
     */
    static BigDecimal closestRoundTripping(double x, int digits) {
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
            return down.unscaledValue().testBit(0) ? up : down;
        }
        return downOk ? down : upOk ? up : null;
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

    private static boolean roundTrips(BigDecimal candidate, double x) {
        return roundTrips(candidate.toString(), x);
    }

    private static boolean roundTrips(String candidate, double x) {
        return Double.doubleToRawLongBits(Double.parseDouble(candidate)) == Double.doubleToRawLongBits(x);
    }
}
