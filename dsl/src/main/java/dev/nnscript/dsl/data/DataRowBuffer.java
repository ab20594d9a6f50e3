package dev.nnscript.dsl.data;

import dev.nnscript.core.train.Dataset;
import java.util.Arrays;

/**
 * Rows collected one at a time into growing row-major arrays: each row is written into the scratch
 * rows {@link #inputRow()} and {@link #targetRow()}, then {@link #keep() kept}.
 */
final class DataRowBuffer {

    private final int inputCount;
    private final int outputCount;
    private final double[] inputRow;
    private final double[] targetRow;
    private double[] inputs = new double[64];
    private double[] targets = new double[64];
    private int count;

    DataRowBuffer(int inputCount, int outputCount) {
        this.inputCount = inputCount;
        this.outputCount = outputCount;
        this.inputRow = new double[inputCount];
        this.targetRow = new double[outputCount];
    }

    double[] inputRow() {
        return inputRow;
    }

    double[] targetRow() {
        return targetRow;
    }

    int count() {
        return count;
    }

    /** Values per row, inputs and targets. */
    int width() {
        return inputCount + outputCount;
    }

    /** Values the arrays hold now (their capacity, rows kept or not). */
    long capacityValues() {
        return (long) inputs.length + targets.length;
    }

    /** Values the arrays will hold after the next {@link #keep()}: more than now when it grows them. */
    long capacityValuesAfterKeep() {
        return grown(inputs.length, (long) (count + 1) * inputCount) + grown(targets.length, (long) (count + 1) * outputCount);
    }

    /** Keeps the scratch rows; false, keeping nothing, when one more row would not fit in an array. */
    boolean keep() {
        long needed = (long) (count + 1) * Math.max(inputCount, outputCount);
        if (needed > DataSize.MAX_VALUES) {
            return false;
        }
        inputs = fit(inputs, (count + 1) * inputCount);
        targets = fit(targets, (count + 1) * outputCount);
        System.arraycopy(inputRow, 0, inputs, count * inputCount, inputCount);
        System.arraycopy(targetRow, 0, targets, count * outputCount, outputCount);
        count++;
        return true;
    }

    /** The kept rows, or null when there are none. */
    Dataset toDataset() {
        return count == 0 ? null : new Dataset(Arrays.copyOf(inputs, count * inputCount),
                Arrays.copyOf(targets, count * outputCount), count, inputCount, outputCount);
    }

    /** {@code a}, or a larger copy (doubling, capped at the array limit) when it holds fewer than {@code needed}. */
    private static double[] fit(double[] a, int needed) {
        return needed <= a.length ? a : Arrays.copyOf(a, (int) grown(a.length, needed));
    }

    /** The length an array of {@code length} grows to, to hold {@code needed} values. */
    private static long grown(int length, long needed) {
        return needed <= length ? length : Math.max(needed, Math.min(DataSize.MAX_VALUES, 2L * length));
    }
}
