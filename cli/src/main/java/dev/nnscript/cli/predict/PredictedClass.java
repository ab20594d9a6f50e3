package dev.nnscript.cli.predict;

/** The class a softmax output picks: the most probable one, the first on a tie. */
public final class PredictedClass {

    private PredictedClass() {}

    /** Index (0-based, within the n outputs) of the largest of {@code output[offset .. offset+n)}. */
    public static int of(double[] output, int offset, int n) {
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (output[offset + i] > output[offset + best]) {
                best = i;
            }
        }
        return best;
    }
}
