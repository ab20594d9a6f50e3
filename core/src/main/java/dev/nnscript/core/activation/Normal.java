package dev.nnscript.core.activation;

/** The standard normal density and distribution function, for the exact GELU. */
final class Normal {

    private static final double SQRT_2 = Math.sqrt(2.0);
    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    /** erfc is taken as 1 - erf below this. */
    private static final double ERF_BELOW = 1.25;
    /** Lentz's guard against a zero denominator. */
    private static final double TINY = 1e-300;

    private Normal() {}

    /** phi(z) = e^(-z^2/2) / sqrt(2 pi). */
    static double pdf(double z) {
        return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    }

    /** Phi(z) = erfc(-z / sqrt 2) / 2, accurate to a few ulps of 1 across the whole line. */
    static double cdf(double z) {
        if (Double.isNaN(z)) {
            return z;
        }
        double x = z / SQRT_2;
        return x < 0.0 ? 0.5 * erfc(-x) : 1.0 - 0.5 * erfc(x);
    }

    /**
     * erfc(x) for x >= 0, within about 5e-15 relative wherever it is a normal double. Below 1.25,
     * 1 - erf(x) (erfc is at least 0.077 there, so the subtraction loses under a digit); above, the
     * continued fraction of Q(1/2, x^2), which gives the small values without subtracting.
     */
    static double erfc(double x) {
        if (x < ERF_BELOW) {
            return 1.0 - erf(x);
        }
        if (x > 27.0) {
            return 0.0;
        }
        // Legendre's continued fraction for the upper incomplete gamma function,
        // Q(a, y) = e^-y y^a / Gamma(a) / (y + 1 - a - 1(1 - a) / (y + 3 - a - 2(2 - a) / (y + 5 - a - ...))),
        // with a = 1/2, y = x^2, evaluated from the front by the modified Lentz method: 15-100 turns.
        double y = x * x;
        double b = y + 0.5;
        double c = 1.0 / TINY;
        double d = 1.0 / b;
        double h = d;
        for (int i = 1; i < 300; i++) {
            double an = -i * (i - 0.5);
            b += 2.0;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1.0 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1.0) < 1e-16) {
                break;
            }
        }
        // e^-(x^2), with the rounding error of y = x * x put back (Dekker's exact product):
        // x^2 = y + e, so e^-(x^2) = e^-y (1 - e) to far below an ulp. Without it the error
        // of y, up to 27^2 times an ulp, would show in the result.
        double split = x * 134217729.0; // 2^27 + 1
        double high = split - (split - x);
        double low = x - high;
        double e = ((high * high - y) + 2.0 * high * low) + low * low;
        return Math.exp(-y) * (1.0 - e) * x / SQRT_PI * h;
    }

    /**
     * erf(x) for 0 <= x < {@link #ERF_BELOW} from the series (2/sqrt(pi)) e^(-x^2) sum_n (2x^2)^n x / (1*3*...*(2n+1)),
     * whose terms are all positive, so nothing cancels.
     */
    private static double erf(double x) {
        double term = x;
        double sum = x;
        double twoX2 = 2.0 * x * x;
        for (int n = 1; n < 200 && term > 1e-17 * sum; n++) {
            term *= twoX2 / (2 * n + 1);
            sum += term;
        }
        return 2.0 / SQRT_PI * Math.exp(-x * x) * sum;
    }
}
