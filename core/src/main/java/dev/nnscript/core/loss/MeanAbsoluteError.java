package dev.nnscript.core.loss;

/**
 * L = (1/n) sum |a - y| over all n = rows * width entries; dL/da = sign(a - y) / n, taken as 0
 * where a = y (PyTorch's choice at the kink).
 */
public record MeanAbsoluteError() implements Loss {

    public String name() { return "mae"; }

    public double value(double[] z, double[] a, double[] y, int rows, int width) {
        int n = rows * width;
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            sum += Math.abs(a[k] - y[k]);
        }
        return sum / n;
    }

    public void gradient(double[] z, double[] a, double[] y, int rows, int width, double[] gradient) {
        int n = rows * width;
        for (int k = 0; k < n; k++) {
            gradient[k] = Math.signum(a[k] - y[k]) / n;
        }
    }
}
