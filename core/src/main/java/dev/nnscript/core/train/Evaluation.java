package dev.nnscript.core.train;

import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;

/**
 * How well a network fits a data set, measured the way training measures it: the loss over all
 * rows (one forward pass, the loss's own reduction), and for class outputs the accuracy.
 */
public final class Evaluation {

    private Evaluation() {}

    /**
     * The loss over every row of {@code data}, as {@link TrainingResult#finalLoss()} measures it
     * after training (a sum for ssr, a mean for the others).
     *
     * @throws IllegalArgumentException when the data do not fit the network
     */
    public static double loss(Network network, Dataset data, Loss loss) {
        return loss.valueOf(forward(network, data), data.targets());
    }

    /**
     * The share of rows, in [0, 1], whose largest output is at the same position as their largest
     * target (one-hot class targets; ties go to the first position).
     *
     * @throws IllegalArgumentException when the data do not fit the network
     */
    public static double accuracy(Network network, Dataset data) {
        return (double) correct(network, data) / data.rows();
    }

    /** How many rows {@link #accuracy} counts as right. */
    public static int correct(Network network, Dataset data) {
        double[] out = forward(network, data).output();
        int width = data.outputCount();
        int correct = 0;
        for (int r = 0; r < data.rows(); r++) {
            correct += argmax(out, r * width, width) == argmax(data.targets(), r * width, width) ? 1 : 0;
        }
        return correct;
    }

    /** The position of the largest of {@code values[from .. from+width)}; the first one on ties. */
    public static int argmax(double[] values, int from, int width) {
        int best = 0;
        for (int k = 1; k < width; k++) {
            if (values[from + k] > values[from + best]) {
                best = k;
            }
        }
        return best;
    }

    private static ForwardTrace forward(Network network, Dataset data) {
        if (data.inputCount() != network.inputCount() || data.outputCount() != network.outputCount()) {
            throw new IllegalArgumentException("the data have " + data.inputCount() + " inputs and "
                    + data.outputCount() + " targets but the network takes " + network.inputCount()
                    + " and gives " + network.outputCount());
        }
        ForwardTrace trace = new ForwardTrace(network, data.rows());
        network.forward(data.inputs(), data.rows(), trace);
        return trace;
    }
}
