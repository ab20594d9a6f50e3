package dev.nnscript.cli.predict;

import dev.nnscript.cli.text.ExactNumbers;
import dev.nnscript.core.network.Network;
import java.io.PrintWriter;

/**
 * Results as CSV: a header of the input names then the output names, then one row per input with
 * every number in shortest round-trip form, so parsing a cell gives back the engine's double.
 */
final class CsvPredictionWriter implements PredictionWriter {

    private final int inputs;
    private final int outputs;
    private final PrintWriter out;
    private final StringBuilder line = new StringBuilder(64);
    private char[] chars = new char[64];

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
        line.setLength(0);
        for (int i = 0; i < inputs; i++) {
            line.append(ExactNumbers.format(input[inputOffset + i])).append(',');
        }
        appendOutputs(output, outputOffset);
    }

    /**
     * One result whose inputs are given as text, already in shortest form and each followed by a
     * comma: {@code inputText[from..to)}.
     */
    void row(CharSequence inputText, int from, int to, double[] output, int outputOffset) {
        line.setLength(0);
        line.append(inputText, from, to);
        appendOutputs(output, outputOffset);
    }

    /** Ends the line with the outputs and writes it (through a reused char array, not a string). */
    private void appendOutputs(double[] output, int outputOffset) {
        for (int o = 0; o < outputs; o++) {
            line.append(ExactNumbers.format(output[outputOffset + o])).append(o + 1 < outputs ? ',' : '\n');
        }
        if (chars.length < line.length()) {
            chars = new char[line.length()];
        }
        line.getChars(0, line.length(), chars, 0);
        out.write(chars, 0, line.length());
    }

    @Override
    public void finish() {
        out.flush();
    }
}
