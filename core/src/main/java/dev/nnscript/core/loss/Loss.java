package dev.nnscript.core.loss;

import dev.nnscript.core.network.ForwardTrace;

/**
 * A loss over a batch, with its gradient beside it.
 *
 * <p>Every method reads row-major [rows][width] arrays: {@code z} and {@code a} are the output
 * layer's pre-activations and outputs, {@code y} the targets. Implementations allocate nothing.
 */
public interface Loss {

    /** The name as written in a {@code .nn} file, such as {@code ssr}. */
    String name();

    /** The loss of the batch, with this loss's reduction (a sum for ssr, a mean for the others). */
    double value(double[] z, double[] a, double[] y, int rows, int width);

    /** How {@link #value} reduces a batch to one number; {@code value} times its terms is the total. */
    default Reduction reduction() {
        return Reduction.MEAN_OVER_VALUES;
    }

    /** The loss of the last forward pass recorded in {@code trace}, against targets y [rows][width]. */
    default double valueOf(ForwardTrace trace, double[] y) {
        int last = trace.layerCount() - 1;
        return value(trace.preActivations(last), trace.output(), y, trace.rows(), trace.width(last));
    }

    /**
     * Writes the gradient of {@link #value} into {@code gradient} ([rows][width]): with respect to
     * the outputs a, or with respect to the logits z when {@link #gradientIsForLogits()}.
     */
    void gradient(double[] z, double[] a, double[] y, int rows, int width, double[] gradient);

    /**
     * {@link #value} and {@link #gradient} together, as a training step needs them: writes the
     * gradient and returns the value, the same bits as the two calls. Losses whose value and gradient
     * share their terms override it with one pass that forms each term once.
     */
    default double valueAndGradient(double[] z, double[] a, double[] y, int rows, int width, double[] gradient) {
        gradient(z, a, y, rows, width, gradient);
        return value(z, a, y, rows, width);
    }

    /**
     * {@link #valueAndGradient(double[], double[], double[], int, int, double[])} for the last forward
     * pass recorded in {@code trace}: the same bits, and a loss may reuse what the pass kept (the
     * softmax's normalizers) instead of computing it again.
     */
    default double valueAndGradient(ForwardTrace trace, double[] y, double[] gradient) {
        int last = trace.layerCount() - 1;
        return valueAndGradient(trace.preActivations(last), trace.output(), y, trace.rows(), trace.width(last),
                gradient);
    }

    /**
     * True when {@link #gradient} gives dL/dz directly, already through the output activation
     * (cross-entropy over softmax: a - y, which stays exact where softmax underflows to 0), so
     * backpropagation must not apply the output activation's derivative again.
     */
    default boolean gradientIsForLogits() {
        return false;
    }

    /** True when this loss is defined only over a softmax output layer. */
    default boolean needsSoftmaxOutput() {
        return false;
    }

    /**
     * True when this loss is defined only for outputs in [0, 1] (its logs of a and 1 - a): an output
     * layer of sigmoid nodes, or a softmax one.
     */
    default boolean needsOutputsInUnitInterval() {
        return false;
    }
}
