package dev.nnscript.core.loss;

/** L = (1/n) sum (y - a)^2 over all n = rows * width entries; dL/da = -2 (y - a) / n. */
public record MeanSquaredError() implements Loss {

    public String name() { return "mse"; }

    public double value(double[] z, double[] a, double[] y, int rows, int width) {
        int n = rows * width;
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            double residual = y[k] - a[k];
            sum += residual * residual;
        }
        return sum / n;
    }

    public void gradient(double[] z, double[] a, double[] y, int rows, int width, double[] gradient) {
        int n = rows * width;
        double scale = -2.0 / n;
        for (int k = 0; k < n; k++) {
            gradient[k] = scale * (y[k] - a[k]);
        }
    }
}
