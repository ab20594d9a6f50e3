package dev.nnscript.core.train;

/**
 * Cuts a data set into batches in a {@link RowOrder}. Batch rows are copied into buffers sized
 * once; the last batch of an epoch may be partial.
 */
final class BatchSampler {

    private final Dataset data;
    private final RowOrder order;
    private final double[] inputs;
    private final double[] targets;
    /** False for a full batch: the batch is then the data set's own arrays, in order. */
    private final boolean copies;

    BatchSampler(Dataset data, int batchSize, boolean shuffle, long seed) {
        this.data = data;
        this.order = new RowOrder(data.rows(), batchSize, shuffle, seed);
        this.copies = batchSize != data.rows();
        this.inputs = copies ? new double[batchSize * data.inputCount()] : data.inputs();
        this.targets = copies ? new double[batchSize * data.outputCount()] : data.targets();
    }

    /** True when the current epoch has no batches left: the next batch begins a new one. */
    boolean epochDone() {
        return order.epochDone();
    }

    /**
     * Fills {@link #inputs()} and {@link #targets()} with the next batch; returns its row count. The
     * first batch of an epoch begins it: the rows are reshuffled first when shuffling.
     */
    int nextBatch() {
        int rows = order.nextBatch();
        if (copies) {
            copyRows(order.order(), order.from(), rows);
        }
        return rows;
    }

    private void copyRows(int[] rowOrder, int from, int rows) {
        int in = data.inputCount();
        int out = data.outputCount();
        for (int r = 0; r < rows; r++) {
            int source = rowOrder[from + r];
            System.arraycopy(data.inputs(), source * in, inputs, r * in, in);
            System.arraycopy(data.targets(), source * out, targets, r * out, out);
        }
    }

    /** The current batch's inputs, [rows][inputCount]. */
    double[] inputs() { return inputs; }

    /** The current batch's targets, [rows][outputCount]. */
    double[] targets() { return targets; }
}
