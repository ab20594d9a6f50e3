package dev.nnscript.core.loss;

import dev.nnscript.core.network.ForwardTrace;

/**
 * Cross-entropy over softmax outputs, averaged over rows: L = -(1/rows) sum_r sum_i y_ri log p_ri,
 * with p = softmax(z). Targets are class probabilities (one-hot for labels).
 *
 * <p>log p is computed from the logits as z_i - m - log(sum_j e^(z_j - m)), m = max_j z_j, so logits
 * of size 700 and more give finite, exact losses even where p itself underflows to 0. The gradient
 * with respect to the logits is (p - y) / rows (times the row's target sum, 1 for proper targets).
 */
public record CrossEntropy() implements Loss {

    public String name() { return "cross-entropy"; }

    public Reduction reduction() { return Reduction.MEAN_OVER_ROWS; }

    public double value(double[] z, double[] a, double[] y, int rows, int width) {
        return value(z, y, rows, width, null);
    }

    /**
     * The value from the log-normalizers the forward pass's softmax kept in {@code trace} (the same
     * bits as {@link #logSumExp}, which would compute each row's exponentials a second time).
     */
    @Override
    public double valueOf(ForwardTrace trace, double[] y) {
        int last = trace.layerCount() - 1;
        return value(trace.preActivations(last), y, trace.rows(), trace.width(last), kept(trace));
    }

    @Override
    public double valueAndGradient(ForwardTrace trace, double[] y, double[] gradient) {
        int last = trace.layerCount() - 1;
        gradient(trace.preActivations(last), trace.output(), y, trace.rows(), trace.width(last), gradient);
        return valueOf(trace, y);
    }

    private static ForwardTrace kept(ForwardTrace trace) {
        return trace.hasSoftmaxOutput() ? trace : null;
    }

    /** The mean loss, each row's log(sum_j e^z_j) from {@code kept} or, when it is null, computed. */
    private static double value(double[] z, double[] y, int rows, int width, ForwardTrace kept) {
        double sum = 0.0;
        for (int r = 0; r < rows; r++) {
            int from = r * width;
            double logNormalizer = kept != null ? kept.logSoftmaxNormalizer(r) : logSumExp(z, from, width);
            for (int i = from; i < from + width; i++) {
                if (y[i] != 0.0) {
                    sum -= y[i] * (z[i] - logNormalizer);
                }
            }
        }
        return sum / rows;
    }

    public void gradient(double[] z, double[] a, double[] y, int rows, int width, double[] gradient) {
        for (int r = 0; r < rows; r++) {
            int from = r * width;
            double targetSum = 0.0;
            for (int i = from; i < from + width; i++) {
                targetSum += y[i];
            }
            for (int i = from; i < from + width; i++) {
                gradient[i] = (a[i] * targetSum - y[i]) / rows;
            }
        }
    }

    public boolean gradientIsForLogits() { return true; }

    public boolean needsSoftmaxOutput() { return true; }

    /** log(sum_i e^z_i) over z[from..from+n), shifted by the maximum so nothing overflows. */
    static double logSumExp(double[] z, int from, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < from + n; i++) {
            max = Math.max(max, z[i]);
        }
        double sum = 0.0;
        for (int i = from; i < from + n; i++) {
            sum += Math.exp(z[i] - max);
        }
        return max + Math.log(sum);
    }
}
