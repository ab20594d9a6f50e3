package dev.nnscript.cli.plot;

import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.Evaluation;
import dev.nnscript.dsl.diagnostic.PrintableText;
import java.util.List;
import java.util.Optional;

/**
 * What {@code nnrun plot} draws for a two-input network: the predicted class (softmax output) or
 * the first output's value on a grid over the first input's range (across) and the second's (up),
 * from one forward pass; and the training rows, when there are any, as points over it.
 *
 * @param xs the first input's sample values (columns)
 * @param ys the second input's sample values (rows)
 * @param values row-major [ys][xs]: the output value, or the class index for a classifier; NaN
 *     where the network's output is not finite
 * @param classes the class names for a classifier, else empty
 * @param valueName what a value is: the output's name, or "predicted class"
 * @param points the training rows: x, y, value (class index or target) in turn; empty without data
 */
public record TwoInputGrid(String xName, String yName, String title, double[] xs, double[] ys,
        double[] values, List<String> classes, String valueName, double[] points) {

    public static final int DEFAULT_STEPS = 101;

    /** A square grid: the same range on both inputs. */
    public static TwoInputGrid of(Network network, double from, double to, int steps) {
        return of(network, new PlotRange(from, to), new PlotRange(from, to), steps);
    }

    public static TwoInputGrid of(Network network, PlotRange across, PlotRange up, int steps) {
        if (network.inputCount() != 2) {
            throw new IllegalArgumentException("a heat map needs a two-input network");
        }
        double[] xAxis = Samples.evenly(across.from(), across.to(), steps);
        double[] yAxis = Samples.evenly(up.from(), up.to(), steps);
        int rows = steps * steps;
        double[] x = new double[rows * 2];
        for (int r = 0; r < rows; r++) {
            x[2 * r] = xAxis[r % steps];
            x[2 * r + 1] = yAxis[r / steps];
        }
        ForwardTrace trace = new ForwardTrace(network, rows);
        network.forward(x, rows, trace);
        boolean classifier = network.outputLayer().isSoftmax();
        double[] values = classifier ? classIndexes(trace.output(), rows, network.outputCount())
                : firstOutput(trace.output(), rows, network.outputCount());
        String title = network.name() != null ? network.name() : String.join(", ", network.outputNames());
        List<String> classes = classifier ? network.outputNames().stream().map(PrintableText::of).toList() : List.of();
        return new TwoInputGrid(PrintableText.of(network.inputNames().get(0)),
                PrintableText.of(network.inputNames().get(1)), PrintableText.of(title), xAxis, yAxis, values, classes,
                classifier ? "predicted class" : PrintableText.of(network.outputNames().get(0)), new double[0]);
    }

    /** This grid with the rows of {@code data} (two inputs, the network's outputs as targets) as points. */
    public TwoInputGrid withData(Dataset data) {
        double[] drawn = new double[data.rows() * 3];
        for (int r = 0; r < data.rows(); r++) {
            drawn[3 * r] = data.inputs()[2 * r];
            drawn[3 * r + 1] = data.inputs()[2 * r + 1];
            drawn[3 * r + 2] = isClassifier() ? Evaluation.argmax(data.targets(), r * data.outputCount(), data.outputCount())
                    : data.targets()[r * data.outputCount()];
        }
        return new TwoInputGrid(xName, yName, title, xs, ys, values, classes, valueName, drawn);
    }

    public boolean isClassifier() {
        return !classes.isEmpty();
    }

    public int pointCount() {
        return points.length / 3;
    }

    /** A sentence saying where the output is NaN or infinite (left out of the plot), if anywhere. */
    public Optional<String> nonFiniteValues() {
        int count = 0;
        boolean huge = false;
        for (double v : values) {
            count += NonFinite.plottable(v) ? 0 : 1;
            huge |= Double.isFinite(v) && !NonFinite.plottable(v);
        }
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(valueName + " is " + NonFinite.what(huge) + " at " + count + " of " + values.length
                + " grid points; left out of the plot");
    }

    private static double[] classIndexes(double[] y, int rows, int width) {
        double[] values = new double[rows];
        for (int r = 0; r < rows; r++) {
            values[r] = allFinite(y, r * width, width) ? Evaluation.argmax(y, r * width, width) : Double.NaN;
        }
        return values;
    }

    private static boolean allFinite(double[] y, int start, int width) {
        for (int i = start; i < start + width; i++) {
            if (!Double.isFinite(y[i])) {
                return false;
            }
        }
        return true;
    }

    private static double[] firstOutput(double[] y, int rows, int width) {
        double[] values = new double[rows];
        for (int r = 0; r < rows; r++) {
            values[r] = y[r * width];
        }
        return values;
    }
}
