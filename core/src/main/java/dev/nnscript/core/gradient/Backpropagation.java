package dev.nnscript.core.gradient;

import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;

/**
 * A reusable workspace for one network and a batch capacity: forward pass, loss, and backward pass
 * into {@link #gradients()}. All buffers are allocated by the constructor; the methods allocate
 * nothing. Not thread-safe. The network's parameters are read live, so updates between calls are
 * seen.
 */
public final class Backpropagation {

    private final Network network;
    private final ForwardTrace trace;
    private final Gradients gradients;
    /** delta[l]: dL/da of layer l, turned into dL/dz in place; [capacity][layer outputs]. */
    private final double[][] delta;

    public Backpropagation(Network network, int capacityRows) {
        this(network, capacityRows, 1);
    }

    /** @param threads how many threads large batches' products may use; the same bits for any count */
    public Backpropagation(Network network, int capacityRows, int threads) {
        this.network = network;
        this.trace = new ForwardTrace(network, capacityRows, threads);
        this.gradients = new Gradients(network);
        int layers = network.layers().size();
        this.delta = new double[layers][];
        for (int l = 0; l < layers; l++) {
            delta[l] = new double[capacityRows * network.layer(l).outputs()];
        }
    }

    /** The gradients of the last {@link #compute} call (live, overwritten by the next). */
    public Gradients gradients() { return gradients; }

    /** The trace of the last forward pass (live). */
    public ForwardTrace trace() { return trace; }

    /**
     * The loss of {@code rows} rows of x [rows][inputs] against targets y [rows][outputs], without
     * gradients.
     */
    public double loss(double[] x, double[] y, int rows, Loss loss) {
        network.forward(x, rows, trace);
        return loss.valueOf(trace, y);
    }

    /** As {@link #loss}, and fills {@link #gradients()} with the loss's gradient. */
    public double compute(double[] x, double[] y, int rows, Loss loss) {
        network.forward(x, rows, trace);
        int last = trace.layerCount() - 1;
        // What loss(...) gives, without the interface's default method between (one call less per step).
        double value = loss.value(trace.preActivations(last), trace.output(), y, rows, trace.width(last));
        loss.gradient(trace.preActivations(last), trace.output(), y, rows, trace.width(last), delta[last]);
        for (int l = last; l >= 0; l--) {
            DenseLayer layer = network.layer(l);
            if (l != last || !loss.gradientIsForLogits()) {
                layer.activationBackward(trace.preActivations(l), trace.outputs(l), delta[l], rows);
            }
            double[] in = l == 0 ? x : trace.outputs(l - 1);
            double[] dIn = l == 0 ? null : delta[l - 1];
            layer.parameterBackward(in, delta[l], rows, gradients.weights(l), gradients.biases(l), dIn,
                    trace.workspace());
        }
        return value;
    }
}
