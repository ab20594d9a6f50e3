package dev.nnscript.core.train;

import java.util.SplittableRandom;

/**
 * Cuts a data set into batches, in a row order reshuffled from the seed at each epoch when asked.
 * Batch rows are copied into buffers sized once; the last batch of an epoch may be partial.
 */
final class BatchSampler {

    private final Dataset data;
    private final int batchSize;
    private final boolean shuffle;
    /** Only when shuffling: setting one up costs a cold run start-up time (docs/performance.md). */
    private final SplittableRandom random;
    private final int[] order;
    private final double[] inputs;
    private final double[] targets;
    /** False for a full batch: the batch is then the data set's own arrays, in order. */
    private final boolean copies;
    private int next;

    BatchSampler(Dataset data, int batchSize, boolean shuffle, long seed) {
        this.data = data;
        this.batchSize = batchSize;
        this.shuffle = shuffle && batchSize < data.rows();
        this.random = this.shuffle ? new SplittableRandom(seed) : null;
        this.order = new int[data.rows()];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        this.copies = batchSize != data.rows();
        this.inputs = copies ? new double[batchSize * data.inputCount()] : data.inputs();
        this.targets = copies ? new double[batchSize * data.outputCount()] : data.targets();
        this.next = data.rows();
    }

    /** True when the current epoch has no batches left: the next batch begins a new one. */
    boolean epochDone() {
        return next >= order.length;
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

    /**
     * Fills {@link #inputs()} and {@link #targets()} with the next batch; returns its row count. The
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
        if (copies) {
            copyRows(rows);
        }
        next += rows;
        return rows;
    }

    private void copyRows(int rows) {
        int in = data.inputCount();
        int out = data.outputCount();
        for (int r = 0; r < rows; r++) {
            int source = order[next + r];
            System.arraycopy(data.inputs(), source * in, inputs, r * in, in);
            System.arraycopy(data.targets(), source * out, targets, r * out, out);
        }
    }

    /** The current batch's inputs, [rows][inputCount]. */
    double[] inputs() { return inputs; }

    /** The current batch's targets, [rows][outputCount]. */
    double[] targets() { return targets; }
}
