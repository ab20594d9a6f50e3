package dev.nnscript.cli.predict;

/**
 * The first prediction that is not a finite number, for the warning after a run: NaN when a value
 * overflowed and then met another infinity, {@code Infinity} or {@code -Infinity} when it overflowed
 * alone. Both are written in the results as words nnrun's readers refuse as input.
 */
final class NonFiniteOutput {

    /** Rows with an output that is not finite. */
    private long rows;
    /** The first such row (1-based) and its first such output. */
    private long firstRow;
    private double firstValue;

    /** Notes row {@code row} (1-based) if one of {@code output[from .. from + count)} is not finite. */
    void note(double[] output, int from, int count, long row) {
        for (int o = from; o < from + count; o++) {
            if (!Double.isFinite(output[o])) {
                if (rows++ == 0) {
                    firstRow = row;
                    firstValue = output[o];
                }
                return;
            }
        }
    }

    boolean any() {
        return rows > 0;
    }

    long rows() {
        return rows;
    }

    long firstRow() {
        return firstRow;
    }

    /** "the network's output is NaN (not a number)", or is Infinity or -Infinity, for the first row. */
    String what() {
        String value = Double.isNaN(firstValue) ? "NaN (not a number)"
                : (firstValue > 0 ? "Infinity" : "-Infinity") + " (beyond the largest double)";
        return "the network's output is " + value;
    }
}
