package dev.nnscript.core.activation;

/**
 * The whole-layer softmax: a_i = e^(z_i - m) / sum_j e^(z_j - m) with m = max_j z_j, so logits of any
 * size (|z| up to 700 and beyond) neither overflow nor lose the winner.
 *
 * <p>Its Jacobian is da_i/dz_j = a_i (delta_ij - a_j); {@link #backward} applies it to an upstream
 * gradient without forming the matrix. Softmax is only allowed on an output layer.
 */
public final class Softmax {

    public static final String NAME = "softmax";

    private Softmax() {}

    /** Writes softmax(z[from..from+n)) into a[from..from+n). z and a may be the same array. */
    public static void apply(double[] z, double[] a, int from, int n) {
        apply(z, a, from, n, null, null, 0);
    }

    /**
     * As {@link #apply(double[], double[], int, int)}, and, unless {@code maxes} is null, keeps the
     * row's normalizer: maxes[row] = m and sums[row] = sum_j e^(z_j - m). Those are the very terms,
     * summed in the very order, of cross-entropy's log-sum-exp, so a loss can take
     * log(sum_j e^z_j) = m + log(sum) from here ({@link #logNormalizer}), the same bits, without a
     * second pass of exponentials. Where m is infinite the sum kept is NaN, as log-sum-exp's is.
     */
    public static void apply(double[] z, double[] a, int from, int n, double[] maxes, double[] sums, int row) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < from + n; i++) {
            max = Math.max(max, z[i]);
        }
        if (Double.isInfinite(max)) {
            infinite(z, a, from, n, max);
            keep(maxes, sums, row, max, Double.NaN);
            return;
        }
        double sum = 0.0;
        for (int i = from; i < from + n; i++) {
            double e = Math.exp(z[i] - max);
            a[i] = e;
            sum += e;
        }
        keep(maxes, sums, row, max, sum);
        double inv = 1.0 / sum;
        for (int i = from; i < from + n; i++) {
            a[i] *= inv;
        }
    }

    private static void keep(double[] maxes, double[] sums, int row, double max, double sum) {
        if (maxes != null) {
            maxes[row] = max;
            sums[row] = sum;
        }
    }

    /**
     * log(sum_j e^z_j) of a row whose normalizer {@link #apply(double[], double[], int, int, double[],
     * double[], int)} kept: m + log(sum), NaN where m is infinite.
     */
    public static double logNormalizer(double[] maxes, double[] sums, int row) {
        return maxes[row] + Math.log(sums[row]);
    }

    /**
     * The limit where it exists: one logit at +infinity takes all the probability, the others get 0.
     * Where it does not (several logits at +infinity, or all at -infinity) the answer depends on
     * values the doubles lost when they overflowed, so the tied logits get NaN, which callers report
     * as an overflow; the finite ones still get 0. (z - m would be NaN everywhere.)
     */
    private static void infinite(double[] z, double[] a, int from, int n, double max) {
        int winners = 0;
        for (int i = from; i < from + n; i++) {
            winners += z[i] == max ? 1 : 0;
        }
        // A single output is 1 whatever its logit; otherwise one winner needs the others finite below it.
        double share = winners == 1 && (max > 0 || n == 1) ? 1.0 : Double.NaN;
        for (int i = from; i < from + n; i++) {
            a[i] = z[i] == max ? share : 0.0;
        }
    }

    /**
     * dz_i = a_i (da_i - sum_j a_j da_j): the gradient with respect to the logits, given the output
     * a and the gradient da with respect to it. dz may be the same array as da.
     */
    public static void backward(double[] a, double[] da, double[] dz, int from, int n) {
        double dot = 0.0;
        for (int i = from; i < from + n; i++) {
            dot += a[i] * da[i];
        }
        for (int i = from; i < from + n; i++) {
            dz[i] = a[i] * (da[i] - dot);
        }
    }
}
