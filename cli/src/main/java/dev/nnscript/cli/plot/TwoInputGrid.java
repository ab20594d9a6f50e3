package dev.nnscript.cli.plot;

import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Evaluation;
import dev.nnscript.dsl.diagnostic.PrintableText;
import java.util.List;

/**
 * What {@code nnrun plot} draws for a two-input network: the predicted class (softmax output) or
 * the first output's value on a square grid over [from, to] on both inputs, from one forward pass.
 *
 * @param xs the first input's sample values (columns)
 * @param ys the second input's sample values (rows)
 * @param values row-major [ys][xs]: the output value, or the class index for a classifier
 * @param classes the class names for a classifier, else empty
 * @param valueName what a value is: the output's name, or "predicted class"
 */
public record TwoInputGrid(String xName, String yName, String title, double[] xs, double[] ys,
        double[] values, List<String> classes, String valueName) {

    public static final int DEFAULT_STEPS = 101;

    public static TwoInputGrid of(Network network, double from, double to, int steps) {
        if (network.inputCount() != 2) {
            throw new IllegalArgumentException("a heat map needs a two-input network");
        }
        double[] axis = Samples.evenly(from, to, steps);
        int rows = steps * steps;
        double[] x = new double[rows * 2];
        for (int r = 0; r < rows; r++) {
            x[2 * r] = axis[r % steps];
            x[2 * r + 1] = axis[r / steps];
        }
        ForwardTrace trace = new ForwardTrace(network, rows);
        network.forward(x, rows, trace);
        boolean classifier = network.outputLayer().isSoftmax();
        double[] values = classifier ? classIndexes(trace.output(), rows, network.outputCount())
                : firstOutput(trace.output(), rows, network.outputCount());
        String title = network.name() != null ? PrintableText.of(network.name())
                : String.join(", ", network.outputNames());
        return new TwoInputGrid(network.inputNames().get(0), network.inputNames().get(1), title, axis, axis.clone(),
                values, classifier ? network.outputNames() : List.of(),
                classifier ? "predicted class" : network.outputNames().get(0));
    }

    public boolean isClassifier() {
        return !classes.isEmpty();
    }

    private static double[] classIndexes(double[] y, int rows, int width) {
        double[] values = new double[rows];
        for (int r = 0; r < rows; r++) {
            values[r] = Evaluation.argmax(y, r * width, width);
        }
        return values;
    }

    private static double[] firstOutput(double[] y, int rows, int width) {
        double[] values = new double[rows];
        for (int r = 0; r < rows; r++) {
            values[r] = y[r * width];
        }
        return values;
    }
}
