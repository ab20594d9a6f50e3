package dev.nnscript.cli.predict;

/**
 * Writes forward-pass results, one row per input. Rows are read from flat row-major arrays so the
 * batch path can hand over slices of its chunk buffers without copying.
 */
public interface PredictionWriter {

    /**
     * One result: the inputs at {@code input[inputOffset ..]} and the outputs at
     * {@code output[outputOffset ..]}, as many as the network has.
     */
    void row(double[] input, int inputOffset, double[] output, int outputOffset);

    /** Called once after the last row; writes any closing text. Does not close the stream. */
    void finish();
}
