package dev.nnscript.core.train;

import java.util.SplittableRandom;

/**
 * The order rows are taken in, batch after batch: 0, 1, 2, ... or, when shuffling, reshuffled from
 * the seed at each epoch. Knows nothing of the rows themselves, so the local sampler and a
 * {@link GradientSource} whose rows live elsewhere cut the same batches from the same seed.
 */
final class RowOrder {

    private final int batchSize;
    private final boolean shuffle;
    /** Only when shuffling: setting one up costs a cold run start-up time (docs/speed.md). */
    private final SplittableRandom random;
    private final int[] order;
    /** Where the current batch begins in {@link #order}. */
    private int from;
    private int next;

    /** @param batchSize rows per batch, at most {@code rows}; shuffling is off when it is all of them */
    RowOrder(int rows, int batchSize, boolean shuffle, long seed) {
        this.batchSize = batchSize;
        this.shuffle = shuffle && batchSize < rows;
        this.random = this.shuffle ? new SplittableRandom(seed) : null;
        this.order = new int[rows];
        for (int r = 0; r < rows; r++) {
            order[r] = r;
        }
        this.next = rows;
    }

    /** True when the current epoch has no batches left: the next batch begins a new one. */
    boolean epochDone() {
        return next >= order.length;
    }

    /**
     * Moves to the next batch, at {@link #from()} in {@link #order()}; returns its row count. The
     * first batch of an epoch begins it: the rows are reshuffled first when shuffling.
     */
    int nextBatch() {
        if (next >= order.length) {
            next = 0;
            if (shuffle) {
                reshuffle();
            }
        }
        int rows = Math.min(batchSize, order.length - next);
        from = next;
        next += rows;
        return rows;
    }

    /** Fisher-Yates, from the seeded generator. */
    private void reshuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Every row index, in this epoch's order (live). */
    int[] order() { return order; }

    /** Where the current batch begins in {@link #order()}. */
    int from() { return from; }
}
