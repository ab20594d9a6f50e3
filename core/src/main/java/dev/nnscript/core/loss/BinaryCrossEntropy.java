package dev.nnscript.core.loss;

/**
 * Binary cross-entropy over outputs in [0, 1] (sigmoid outputs), averaged over all n = rows * width
 * entries: L = -(1/n) sum [y log a + (1 - y) log(1 - a)].
 *
 * <p>Outputs of exactly 0 or 1 are handled as PyTorch's {@code BCELoss} does: each log is clamped
 * to at least -100, and the gradient (a - y) / (a (1 - a)) / n divides by at least 1e-12, so both
 * stay finite.
 */
public record BinaryCrossEntropy() implements Loss {

    static final double MIN_LOG = -100.0;
    static final double MIN_DENOMINATOR = 1e-12;

    public String name() { return "binary-cross-entropy"; }

    /** log(a) of a negative output is NaN, not a clamped log: the outputs must be probabilities. */
    @Override
    public boolean needsOutputsInUnitInterval() { return true; }

    public double value(double[] z, double[] a, double[] y, int rows, int width) {
        int n = rows * width;
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            double logA = Math.max(Math.log(a[k]), MIN_LOG);
            double logNotA = Math.max(Math.log1p(-a[k]), MIN_LOG);
            sum -= y[k] * logA + (1.0 - y[k]) * logNotA;
        }
        return sum / n;
    }

    public void gradient(double[] z, double[] a, double[] y, int rows, int width, double[] gradient) {
        int n = rows * width;
        for (int k = 0; k < n; k++) {
            double denominator = Math.max(a[k] * (1.0 - a[k]), MIN_DENOMINATOR);
            gradient[k] = (a[k] - y[k]) / denominator / n;
        }
    }
}
