package dev.nnscript.spark;

import java.io.Serializable;

/**
 * One partition's training rows as the engine takes them: inputs [rows][inputCount] and targets
 * [rows][outputCount], row-major, all finite. Rows are numbered across the data set from
 * {@code start} (set once every partition's size is known), so the driver can name a batch's rows.
 */
final class PartitionRows implements Serializable {

    private static final long serialVersionUID = 1L;

    final int partition;
    final int rows;
    final double[] inputs;
    final double[] targets;

    PartitionRows(int partition, int rows, double[] inputs, double[] targets) {
        this.partition = partition;
        this.rows = rows;
        this.inputs = inputs;
        this.targets = targets;
    }
}
