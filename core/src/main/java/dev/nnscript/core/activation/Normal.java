package dev.nnscript.core.activation;

/** The standard normal density and distribution function, for the exact GELU. */
final class Normal {

    private static final double SQRT_2 = Math.sqrt(2.0);
    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

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

    /** erfc(x) for x >= 0. */
    static double erfc(double x) {
        if (x < 3.0) {
            return 1.0 - erf(x);
        }
        if (x > 27.0) {
            return 0.0;
        }
        // Continued fraction erfc(x) = e^(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))),
        // evaluated from the tail; 60 terms are far more than enough for x >= 3.
        double t = x;
        for (int n = 60; n >= 1; n--) {
            t = x + (n / 2.0) / t;
        }
        return Math.exp(-x * x) / SQRT_PI / t;
    }

    /**
     * erf(x) for 0 <= x < 3 from the series (2/sqrt(pi)) e^(-x^2) sum_n (2x^2)^n x / (1*3*...*(2n+1)),
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
