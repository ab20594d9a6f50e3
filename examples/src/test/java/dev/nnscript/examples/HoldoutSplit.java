package dev.nnscript.examples;

import dev.nnscript.core.train.Dataset;
import java.util.Arrays;
import java.util.Random;

/**
 * {@code holdout=FRACTION}: that share of the rows, picked by the seed (a Fisher-Yates shuffle of
 * the row numbers), is held out; both parts keep the file's row order.
 *
 * @param heldOut null when nothing is held out
 */
record HoldoutSplit(Dataset training, Dataset heldOut) {

    static HoldoutSplit of(Dataset all, double fraction, long seed) {
        int heldCount = (int) Math.round(all.rows() * fraction);
        if (heldCount == 0) {
            return new HoldoutSplit(all, null);
        }
        int[] order = new int[all.rows()];
        Arrays.setAll(order, r -> r);
        Random random = new Random(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        boolean[] held = new boolean[all.rows()];
        for (int i = 0; i < heldCount; i++) {
            held[order[i]] = true;
        }
        return new HoldoutSplit(rows(all, held, false), rows(all, held, true));
    }

    private static Dataset rows(Dataset all, boolean[] held, boolean wanted) {
        int count = 0;
        for (boolean h : held) {
            count += h == wanted ? 1 : 0;
        }
        double[] inputs = new double[count * all.inputCount()];
        double[] targets = new double[count * all.outputCount()];
        int k = 0;
        for (int r = 0; r < all.rows(); r++) {
            if (held[r] == wanted) {
                System.arraycopy(all.inputs(), r * all.inputCount(), inputs, k * all.inputCount(), all.inputCount());
                System.arraycopy(all.targets(), r * all.outputCount(), targets, k * all.outputCount(), all.outputCount());
                k++;
            }
        }
        return new Dataset(inputs, targets, count, all.inputCount(), all.outputCount());
    }
}
