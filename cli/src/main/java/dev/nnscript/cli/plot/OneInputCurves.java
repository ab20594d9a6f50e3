package dev.nnscript.cli.plot;

import dev.nnscript.dsl.print.ReadableNumbers;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.diagnostic.PrintableText;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code nnrun plot} draws for a one-input network, sampled over [from, to]: the outputs, and
 * for a network with one (non-softmax) output node after a hidden layer, StatQuest's
 * decomposition: each last-hidden-layer node's output scaled by its weight into the output node,
 * and their sum plus the output bias, before the final activation.
 *
 * <p>All values come from one forward pass over every sample: the sum is the output layer's
 * pre-activation from the trace, the outputs are the trace's outputs.
 */
public record OneInputCurves(String inputName, String title, double[] xs, List<Curve> curves, List<DataPoints> points) {

    public OneInputCurves {
        curves = List.copyOf(curves);
        points = List.copyOf(points);
    }

    /** Samples enough that a ReLU bend lands on (or within 0.25% of the range of) a sample. */
    public static final int DEFAULT_SAMPLES = 401;

    public static OneInputCurves of(Network network, double from, double to, int samples) {
        if (network.inputCount() != 1) {
            throw new IllegalArgumentException("a curve plot needs a one-input network");
        }
        double[] xs = Samples.evenly(from, to, samples);
        ForwardTrace trace = new ForwardTrace(network, samples);
        network.forward(xs, samples, trace);
        List<Curve> curves = new ArrayList<>();
        DenseLayer output = network.outputLayer();
        int last = network.layers().size() - 1;
        if (last > 0 && output.outputs() == 1 && !output.isSoftmax()) {
            addDecomposition(curves, network, trace, samples);
        }
        double[] y = trace.output();
        for (int o = 0; o < network.outputCount(); o++) {
            double[] ys = new double[samples];
            for (int r = 0; r < samples; r++) {
                ys[r] = y[r * network.outputCount() + o];
            }
            curves.add(new Curve(outputLabel(network, o), Curve.Role.OUTPUT, ys));
        }
        String title = network.name() != null ? network.name()
                : String.join(", ", network.outputNames()) + " by " + network.inputNames().get(0);
        return new OneInputCurves(PrintableText.of(network.inputNames().get(0)), PrintableText.of(title), xs, curves,
                List.of());
    }

    /**
     * These curves with the rows of {@code data} drawn over them, one set of points per output.
     *
     * @param data rows with one input and the network's outputs as targets
     * @param outputNames the network's output names, for the legend
     */
    public OneInputCurves withData(Dataset data, List<String> outputNames) {
        List<DataPoints> drawn = new ArrayList<>();
        for (int o = 0; o < data.outputCount(); o++) {
            double[] px = new double[data.rows()];
            double[] py = new double[data.rows()];
            for (int r = 0; r < data.rows(); r++) {
                px[r] = data.inputs()[r];
                py[r] = data.targets()[r * data.outputCount() + o];
            }
            drawn.add(new DataPoints(PrintableText.of(outputNames.get(o)) + " (data)", px, py));
        }
        return new OneInputCurves(inputName, title, xs, curves, drawn);
    }

    /**
     * The outputs get their own axis (a panel of the charts, a band of the terminal plot) when they
     * span less than this share of the node curves' span.
     */
    static final double DWARFED = 0.2;

    /**
     * True when the output curves (with the data drawn over them) would look flat beside the node
     * curves on one axis: every plot then gives them their own. One rule, for the charts and the
     * terminal plot alike.
     */
    public boolean outputDwarfed() {
        double[] out = span(Curve.Role.OUTPUT);
        double[] parts = span(Curve.Role.CONTRIBUTION);
        double[] sum = span(Curve.Role.SUM);
        for (DataPoints p : points) {
            widen(out, p.ys());
        }
        double partsSpan = Math.max(parts[1], sum[1]) - Math.min(parts[0], sum[0]);
        return parts[0] <= parts[1] && out[1] - out[0] < DWARFED * partsSpan;
    }

    /** The lowest and highest plottable values of the curves in {@code role}; empty (+inf, -inf) when none. */
    double[] span(Curve.Role role) {
        double[] span = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Curve curve : curves) {
            if (curve.role() == role) {
                widen(span, curve.ys());
            }
        }
        return span;
    }

    /** Widens {@code span} to take in the plottable {@code values}. */
    static void widen(double[] span, double[] values) {
        for (double v : values) {
            if (NonFinite.plottable(v)) {
                span[0] = Math.min(span[0], v);
                span[1] = Math.max(span[1], v);
            }
        }
    }

    /** A sentence for each curve with NaN or infinite values, which the plots leave out. */
    public List<String> nonFiniteValues() {
        List<String> notes = new ArrayList<>();
        for (Curve curve : curves) {
            NonFinite.describe(curve.label(), curve.ys(), inputName, xs).ifPresent(notes::add);
        }
        return notes;
    }

    private static void addDecomposition(List<Curve> curves, Network network, ForwardTrace trace, int samples) {
        int last = network.layers().size() - 1;
        DenseLayer output = network.outputLayer();
        int width = output.inputs();
        double[] hidden = trace.outputs(last - 1);
        for (int j = 0; j < width; j++) {
            double w = output.weight(0, j);
            double[] ys = new double[samples];
            for (int r = 0; r < samples; r++) {
                ys[r] = hidden[r * width + j] * w;
            }
            curves.add(new Curve("node " + (j + 1) + " × " + ReadableNumbers.format(w), Curve.Role.CONTRIBUTION, ys));
        }
        double[] sum = new double[samples];
        System.arraycopy(trace.preActivations(last), 0, sum, 0, samples);
        curves.add(new Curve("sum + bias (" + ReadableNumbers.format(output.biases()[0]) + ")", Curve.Role.SUM, sum));
    }

    private static String outputLabel(Network network, int o) {
        DenseLayer output = network.outputLayer();
        String name = PrintableText.of(network.outputNames().get(o));
        if (output.isSoftmax()) {
            return "P(" + name + ")";
        }
        boolean decomposed = network.layers().size() > 1 && network.outputCount() == 1;
        return decomposed ? name + " = " + output.activation(o).name() + "(sum)" : name;
    }
}
