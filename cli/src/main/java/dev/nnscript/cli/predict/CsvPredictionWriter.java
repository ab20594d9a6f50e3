package dev.nnscript.cli.predict;

import dev.nnscript.cli.text.ExactNumbers;
import dev.nnscript.core.network.Network;
import java.io.PrintWriter;
import java.util.Arrays;

/**
 * Results as CSV: a header of the input names then the output names, then one row per input with
 * every number in shortest round-trip form, so parsing a cell gives back the engine's double.
 */
final class CsvPredictionWriter implements PredictionWriter {

    private final int inputs;
    private final int outputs;
    private final PrintWriter out;
    /** The line being written, [0, length): filled in place and written with one call. */
    private char[] line = new char[64];
    private int length;

    CsvPredictionWriter(Network network, PrintWriter out) {
        this.inputs = network.inputCount();
        this.outputs = network.outputCount();
        this.out = out;
        out.print(String.join(",", network.inputNames()));
        out.print(',');
        out.print(String.join(",", network.outputNames()));
        out.print('\n');
    }

    @Override
    public void row(double[] input, int inputOffset, double[] output, int outputOffset) {
        length = 0;
        for (int i = 0; i < inputs; i++) {
            append(ExactNumbers.format(input[inputOffset + i]));
            append(',');
        }
        appendOutputs(output, outputOffset);
    }

    /**
     * One result whose inputs are given as text, already in shortest form and each followed by a
     * comma: {@code inputText[from..to)}.
     */
    void row(char[] inputText, int from, int to, double[] output, int outputOffset) {
        length = 0;
        room(to - from);
        System.arraycopy(inputText, from, line, 0, to - from);
        length = to - from;
        appendOutputs(output, outputOffset);
    }

    /** Ends the line with the outputs and writes it. */
    private void appendOutputs(double[] output, int outputOffset) {
        for (int o = 0; o < outputs; o++) {
            append(ExactNumbers.format(output[outputOffset + o]));
            append(o + 1 < outputs ? ',' : '\n');
        }
        out.write(line, 0, length);
    }

    private void append(String text) {
        room(text.length());
        text.getChars(0, text.length(), line, length);
        length += text.length();
    }

    private void append(char c) {
        room(1);
        line[length++] = c;
    }

    /** Makes room for {@code more} chars after the line's {@code length}. */
    private void room(int more) {
        if (line.length < length + more) {
            line = Arrays.copyOf(line, Math.max(2 * line.length, length + more));
        }
    }

    @Override
    public void finish() {
        out.flush();
    }
}
