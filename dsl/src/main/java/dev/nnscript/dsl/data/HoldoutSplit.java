package dev.nnscript.dsl.data;

import dev.nnscript.core.train.Dataset;
import java.util.SplittableRandom;

/**
 * Rows held out for evaluation ({@code holdout=FRACTION}), picked by the seed: the same rows, seed
 * and fraction always give the same split. Both parts keep the rows' order in the data.
 *
 * @param heldOut the held-out rows, or null when none is held out
 */
public record HoldoutSplit(Dataset training, Dataset heldOut) {

    /**
     * Mixed into the seed so the split is not the same random stream as initialization (which also
     * starts from the seed); any fixed odd constant does.
     */
    private static final long STREAM = 0x9E3779B97F4A7C15L;

    /** How many of {@code rows} rows {@code fraction} holds out: rounded, at least 1 when the fraction is above 0, always leaving 1 for training. */
    public static int heldOutCount(int rows, double fraction) {
        if (fraction <= 0.0 || rows < 2) {
            return 0;
        }
        long count = Math.round(rows * fraction);
        return (int) Math.max(1, Math.min(rows - 1, count));
    }

    /** Splits {@code all}, holding out {@link #heldOutCount} rows drawn without replacement. */
    public static HoldoutSplit of(Dataset all, double fraction, long seed) {
        int count = heldOutCount(all.rows(), fraction);
        if (count == 0) {
            return new HoldoutSplit(all, null);
        }
        boolean[] held = pick(all.rows(), count, new SplittableRandom(seed ^ STREAM));
        return new HoldoutSplit(rows(all, held, false, all.rows() - count), rows(all, held, true, count));
    }

    /** A partial Fisher-Yates shuffle: the first {@code count} places of a shuffled 0..rows-1. */
    private static boolean[] pick(int rows, int count, SplittableRandom random) {
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        boolean[] held = new boolean[rows];
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(rows - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
            held[order[i]] = true;
        }
        return held;
    }

    private static Dataset rows(Dataset all, boolean[] held, boolean wanted, int count) {
        int in = all.inputCount();
        int out = all.outputCount();
        double[] x = new double[count * in];
        double[] y = new double[count * out];
        int r = 0;
        for (int row = 0; row < all.rows(); row++) {
            if (held[row] == wanted) {
                System.arraycopy(all.inputs(), row * in, x, r * in, in);
                System.arraycopy(all.targets(), row * out, y, r * out, out);
                r++;
            }
        }
        return new Dataset(x, y, count, in, out);
    }
}
