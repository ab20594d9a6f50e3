package dev.nnscript.core.loss;

/** StatQuest's SSR: L = sum over rows and outputs of (y - a)^2; dL/da = -2 (y - a). */
public record SumSquaredResiduals() implements Loss {

    public String name() { return "ssr"; }

    public Reduction reduction() { return Reduction.SUM; }

    public double value(double[] z, double[] a, double[] y, int rows, int width) {
        double sum = 0.0;
        for (int k = 0, n = rows * width; k < n; k++) {
            double residual = y[k] - a[k];
            sum += residual * residual;
        }
        return sum;
    }

    public void gradient(double[] z, double[] a, double[] y, int rows, int width, double[] gradient) {
        for (int k = 0, n = rows * width; k < n; k++) {
            gradient[k] = -2.0 * (y[k] - a[k]);
        }
    }

    /** Both in one pass: each residual is formed once. */
    @Override
    public double valueAndGradient(double[] z, double[] a, double[] y, int rows, int width, double[] gradient) {
        double sum = 0.0;
        for (int k = 0, n = rows * width; k < n; k++) {
            double residual = y[k] - a[k];
            sum += residual * residual;
            gradient[k] = -2.0 * residual;
        }
        return sum;
    }
}
