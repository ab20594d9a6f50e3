package dev.nnscript.core.gradient;

import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.MatrixWorkspace;
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
    /**
     * The layers, the trace's z and a and the gradients' dW and db, by layer, looked up once: a step
     * reads plain arrays instead of calling a getter for each (those calls are most of what a step
     * costs before the JIT has compiled it).
     */
    private final DenseLayer[] layers;
    private final double[][] z;
    private final double[][] a;
    private final double[][] dW;
    private final double[][] dB;
    /** delta[l]: dL/da of layer l, turned into dL/dz in place; [capacity][layer outputs]. */
    private final double[][] delta;
    private final MatrixWorkspace workspace;

    public Backpropagation(Network network, int capacityRows) {
        this(network, capacityRows, 1);
    }

    /** @param threads how many threads large batches' products may use; the same bits for any count */
    public Backpropagation(Network network, int capacityRows, int threads) {
        this.network = network;
        this.trace = new ForwardTrace(network, capacityRows, threads);
        this.gradients = new Gradients(network);
        int count = network.layers().size();
        this.layers = network.layers().toArray(new DenseLayer[0]);
        this.z = new double[count][];
        this.a = new double[count][];
        this.dW = new double[count][];
        this.dB = new double[count][];
        this.delta = new double[count][];
        for (int l = 0; l < count; l++) {
            z[l] = trace.preActivations(l);
            a[l] = trace.outputs(l);
            dW[l] = gradients.weights(l);
            dB[l] = gradients.biases(l);
            delta[l] = new double[capacityRows * layers[l].outputs()];
        }
        this.workspace = trace.workspace();
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
        int last = layers.length - 1;
        double value = loss.valueAndGradient(trace, y, delta[last]);
        // A gradient for the logits has already been taken through the output layer's activation.
        int firstWithoutActivation = loss.gradientIsForLogits() ? last : last + 1;
        for (int l = last; l >= 0; l--) {
            DenseLayer layer = layers[l];
            if (l < firstWithoutActivation) {
                layer.activationBackward(z[l], a[l], delta[l], rows);
            }
            double[] in = l == 0 ? x : a[l - 1];
            double[] dIn = l == 0 ? null : delta[l - 1];
            layer.parameterBackward(in, delta[l], rows, dW[l], dB[l], dIn, workspace);
        }
        return value;
    }
}
