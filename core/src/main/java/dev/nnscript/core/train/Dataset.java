package dev.nnscript.core.train;

import java.util.Arrays;

/**
 * Training rows: inputs row-major [rows][inputCount], targets row-major [rows][outputCount], all
 * finite. The arrays are taken, not copied, and must not be changed afterwards.
 */
public record Dataset(double[] inputs, double[] targets, int rows, int inputCount, int outputCount) {

    public Dataset {
        if (rows < 1) {
            throw new IllegalArgumentException("a data set needs at least one row, not " + rows);
        }
        if (inputCount < 1 || outputCount < 1) {
            throw new IllegalArgumentException("a data set needs at least one input and one target column");
        }
        checkShape("inputs", inputs, (long) rows * inputCount);
        checkShape("targets", targets, (long) rows * outputCount);
        checkFinite("input", inputs, inputCount);
        checkFinite("target", targets, outputCount);
    }

    /** From one array per row: {@code inputs[r]} and {@code targets[r]}. */
    public static Dataset of(double[][] inputs, double[][] targets) {
        if (inputs.length != targets.length) {
            throw new IllegalArgumentException(inputs.length + " input rows but " + targets.length + " target rows");
        }
        if (inputs.length == 0) {
            throw new IllegalArgumentException("a data set needs at least one row, not 0");
        }
        return new Dataset(flatten("input", inputs), flatten("target", targets), inputs.length,
                inputs[0].length, targets[0].length);
    }

    /** Row r's inputs, copied. */
    public double[] input(int row) {
        return Arrays.copyOfRange(inputs, row * inputCount, (row + 1) * inputCount);
    }

    /** Row r's targets, copied. */
    public double[] target(int row) {
        return Arrays.copyOfRange(targets, row * outputCount, (row + 1) * outputCount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && rows == d.rows && inputCount == d.inputCount
                && outputCount == d.outputCount && Arrays.equals(inputs, d.inputs)
                && Arrays.equals(targets, d.targets);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(inputs) + Arrays.hashCode(targets);
    }

    @Override
    public String toString() {
        return "Dataset[" + rows + " rows, " + inputCount + " inputs, " + outputCount + " targets]";
    }

    private static double[] flatten(String what, double[][] rowsOf) {
        int width = rowsOf[0].length;
        double[] flat = new double[rowsOf.length * width];
        for (int r = 0; r < rowsOf.length; r++) {
            if (rowsOf[r].length != width) {
                throw new IllegalArgumentException(what + " row " + (r + 1) + " has " + rowsOf[r].length
                        + " values, expected " + width);
            }
            System.arraycopy(rowsOf[r], 0, flat, r * width, width);
        }
        return flat;
    }

    private static void checkShape(String what, double[] values, long expected) {
        if (values == null || values.length != expected) {
            throw new IllegalArgumentException(what + ": expected " + expected + " values, got "
                    + (values == null ? "none" : values.length));
        }
    }

    private static void checkFinite(String what, double[] values, int width) {
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                throw new IllegalArgumentException(what + " " + (k % width + 1) + " of row " + (k / width + 1)
                        + " is not finite: " + values[k]);
            }
        }
    }
}
