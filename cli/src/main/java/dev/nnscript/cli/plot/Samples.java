package dev.nnscript.cli.plot;

/** Evenly spaced sample points for plots. */
final class Samples {

    private Samples() {}

    /** {@code n >= 2} points from {@code from} to {@code to}, both ends exact. */
    static double[] evenly(double from, double to, int n) {
        double[] points = new double[n];
        for (int i = 0; i < n; i++) {
            points[i] = i == n - 1 ? to : from + (to - from) * i / (n - 1);
        }
        return points;
    }
}
