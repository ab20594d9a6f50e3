package dev.nnscript.core.network;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Softmax;
import java.util.Arrays;
import java.util.Objects;

/**
 * A fully connected layer: z = W x + b, a = f(z), where f is either one element-wise activation per
 * node (which may differ from node to node) or the whole-layer softmax.
 *
 * <p>Array conventions: {@code weights} is one flat row-major array of shape [outputs][inputs], so
 * node o's incoming weights are {@code weights[o*inputs .. o*inputs+inputs)}; {@code biases} has
 * one entry per node. Batches are row-major too: row r of an input batch is
 * {@code x[r*inputs .. r*inputs+inputs)}. The arrays are owned by the layer and updated in place
 * by training; {@link #copy()} gives an independent layer.
 *
 * <p>Frozen masks say which parameters training must leave alone (StatQuest trains only the final
 * bias in one walk-through). They have the shapes of {@code weights} and {@code biases}.
 */
public final class DenseLayer {

    private final int inputs;
    private final int outputs;
    private final double[] weights;
    private final double[] biases;
    private final Activation[] activations;
    private final Activation uniform;
    private final boolean softmax;
    private final boolean[] frozenWeights;
    private final boolean[] frozenBiases;

    private DenseLayer(int inputs, int outputs, double[] weights, double[] biases,
            Activation[] activations, boolean softmax, boolean[] frozenWeights, boolean[] frozenBiases) {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("a layer needs at least one input and one node, not "
                    + inputs + " inputs and " + outputs + " nodes");
        }
        checkLength("weights", weights.length, (long) inputs * outputs);
        checkLength("biases", biases.length, outputs);
        checkLength("frozen weights", frozenWeights.length, (long) inputs * outputs);
        checkLength("frozen biases", frozenBiases.length, outputs);
        if (!softmax) {
            checkLength("activations", activations.length, outputs);
            for (Activation a : activations) {
                Objects.requireNonNull(a, "activation");
            }
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.weights = weights;
        this.biases = biases;
        this.activations = softmax ? null : activations;
        this.softmax = softmax;
        this.frozenWeights = frozenWeights;
        this.frozenBiases = frozenBiases;
        this.uniform = softmax ? null : commonActivation(activations);
    }

    /** A layer whose nodes each have their own activation; arrays are taken, not copied. */
    public static DenseLayer of(int inputs, double[] weights, double[] biases, Activation[] activations) {
        int outputs = biases.length;
        return new DenseLayer(inputs, outputs, weights, biases, activations.clone(), false,
                new boolean[inputs * outputs], new boolean[outputs]);
    }

    /** A layer whose nodes share one activation, with all parameters zero. */
    public static DenseLayer uniform(int inputs, int outputs, Activation activation) {
        Activation[] acts = new Activation[outputs];
        Arrays.fill(acts, activation);
        return new DenseLayer(inputs, outputs, new double[inputs * outputs], new double[outputs], acts,
                false, new boolean[inputs * outputs], new boolean[outputs]);
    }

    /** A softmax output layer; arrays are taken, not copied. */
    public static DenseLayer softmax(int inputs, double[] weights, double[] biases) {
        int outputs = biases.length;
        return new DenseLayer(inputs, outputs, weights, biases, null, true,
                new boolean[inputs * outputs], new boolean[outputs]);
    }

    /** This layer with the given frozen masks (taken, not copied), sharing its parameters. */
    public DenseLayer withFrozen(boolean[] frozenWeights, boolean[] frozenBiases) {
        return new DenseLayer(inputs, outputs, weights, biases, activations, softmax,
                frozenWeights, frozenBiases);
    }

    /** This layer with other activations (same parameters and masks, shared). */
    public DenseLayer withActivations(Activation[] newActivations) {
        return new DenseLayer(inputs, outputs, weights, biases, newActivations.clone(), false,
                frozenWeights, frozenBiases);
    }

    /** An independent deep copy. */
    public DenseLayer copy() {
        return new DenseLayer(inputs, outputs, weights.clone(), biases.clone(),
                activations == null ? null : activations.clone(), softmax,
                frozenWeights.clone(), frozenBiases.clone());
    }

    public int inputs() { return inputs; }

    public int outputs() { return outputs; }

    /** The live row-major [outputs][inputs] weight array. */
    public double[] weights() { return weights; }

    /** The live bias array. */
    public double[] biases() { return biases; }

    public double weight(int node, int input) { return weights[node * inputs + input]; }

    public boolean isSoftmax() { return softmax; }

    /** Node {@code node}'s activation; not for a softmax layer. */
    public Activation activation(int node) {
        if (softmax) {
            throw new IllegalStateException("a softmax layer has no per-node activation");
        }
        return activations[node];
    }

    /** The activation every node shares, or null when they differ or the layer is softmax. */
    public Activation uniformActivation() { return uniform; }

    /** Live mask, true where a weight is frozen. */
    public boolean[] frozenWeights() { return frozenWeights; }

    /** Live mask, true where a bias is frozen. */
    public boolean[] frozenBiases() { return frozenBiases; }

    public int parameterCount() { return weights.length + biases.length; }

    /**
     * Forward pass over {@code rows} rows: z = x W^T + b, then a = f(z). Shapes: x [rows][inputs],
     * z and a [rows][outputs]. Allocates nothing.
     */
    public void forward(double[] x, int rows, double[] z, double[] a) {
        forward(x, rows, z, a, null);
    }

    /**
     * As {@link #forward(double[], int, double[], double[])}, using {@code workspace} (may be null)
     * for the vectorized product on larger batches. Allocates nothing once the workspace has grown.
     */
    public void forward(double[] x, int rows, double[] z, double[] a, MatrixWorkspace workspace) {
        forward(x, rows, z, a, workspace, null, null);
    }

    /**
     * As {@link #forward(double[], int, double[], double[], MatrixWorkspace)}; a softmax layer also
     * keeps each row's normalizer in {@code maxes} and {@code sums} ([rows] each; see
     * {@link Softmax#apply(double[], double[], int, int, double[], double[], int)}) unless they are
     * null. Other layers leave them alone.
     */
    public void forward(double[] x, int rows, double[] z, double[] a, MatrixWorkspace workspace, double[] maxes,
            double[] sums) {
        if (workspace == null || rows < MatrixProducts.PACK_FROM_ROWS) {
            MatrixProducts.affineFewRows(x, weights, biases, z, rows, inputs, outputs);
        } else {
            affinePacked(x, rows, z, workspace);
        }
        if (uniform != null) {
            uniform.values(z, a, rows * outputs); // what activate does, one call less per layer
        } else {
            activate(z, a, rows, maxes, sums);
        }
    }

    /**
     * z = x W^T + b for a batch large enough for the packed product. Each branch of the hot methods
     * is a method of its own (here and below), so that the JIT compiles only what a network runs:
     * a short training run spends most of its time waiting for the client compiler.
     */
    private void affinePacked(double[] x, int rows, double[] z, MatrixWorkspace workspace) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(biases, 0, z, r * outputs, outputs);
        }
        // z [rows][outputs] += x [rows][inputs] W^T [inputs][outputs]; W^T(i, o) = weights[o * inputs + i].
        MatrixProducts.multiplyAdd(x, inputs, 1, weights, 1, inputs, z, rows, outputs, inputs, workspace);
    }

    /** a = f(z) for {@code rows} rows; z and a may be the same array. */
    public void activate(double[] z, double[] a, int rows) {
        activate(z, a, rows, null, null);
    }

    /**
     * As {@link #activate(double[], double[], int)}; a softmax layer also keeps its rows' normalizers
     * in {@code maxes} and {@code sums} unless they are null.
     */
    private void activate(double[] z, double[] a, int rows, double[] maxes, double[] sums) {
        if (uniform != null) {
            uniform.values(z, a, rows * outputs);
        } else if (softmax) {
            for (int r = 0; r < rows; r++) {
                Softmax.apply(z, a, r * outputs, outputs, maxes, sums, r);
            }
        } else {
            activateEachNode(z, a, rows * outputs);
        }
    }

    /** a[k] = f_o(z[k]) with each node o's own activation, k < n. */
    private void activateEachNode(double[] z, double[] a, int n) {
        for (int k = 0; k < n; k++) {
            a[k] = activations[k % outputs].value(z[k]);
        }
    }

    /**
     * Backward through f, in place: turns delta = dL/da into dL/dz for {@code rows} rows, given this
     * layer's z and a from the forward pass. Shapes: all [rows][outputs]. Allocates nothing.
     */
    public void activationBackward(double[] z, double[] a, double[] delta, int rows) {
        if (uniform != null) {
            uniform.backward(z, a, delta, rows * outputs);
        } else if (softmax) {
            for (int r = 0; r < rows; r++) {
                Softmax.backward(a, delta, delta, r * outputs, outputs);
            }
        } else {
            backwardEachNode(z, a, delta, rows * outputs);
        }
    }

    /** delta[k] *= f_o'(z[k]) with each node o's own activation, k < n. */
    private void backwardEachNode(double[] z, double[] a, double[] delta, int n) {
        for (int k = 0; k < n; k++) {
            delta[k] *= activations[k % outputs].derivative(z[k], a[k]);
        }
    }

    /**
     * Backward through z = x W^T + b for {@code rows} rows, given dz = dL/dz [rows][outputs] and the
     * layer input x [rows][inputs]: writes dW = dz^T x [outputs][inputs], db = column sums of dz
     * [outputs], and, unless {@code dx} is null, dx = dz W [rows][inputs]. Every loop runs along
     * contiguous rows. Allocates nothing.
     */
    public void parameterBackward(double[] x, double[] dz, int rows, double[] dW, double[] dB, double[] dx) {
        parameterBackward(x, dz, rows, dW, dB, dx, null);
    }

    /**
     * As {@link #parameterBackward(double[], double[], int, double[], double[], double[])}, using
     * {@code workspace} (may be null) for the vectorized products.
     */
    public void parameterBackward(double[] x, double[] dz, int rows, double[] dW, double[] dB, double[] dx,
            MatrixWorkspace workspace) {
        for (int o = 0; o < outputs; o++) {
            dB[o] = 0.0;
        }
        for (int r = 0; r < rows; r++) {
            int zRow = r * outputs;
            for (int o = 0; o < outputs; o++) {
                dB[o] += dz[zRow + o];
            }
        }
        if (workspace != null && rows < MatrixProducts.PACK_FROM_ROWS) {
            // The same sums as the products below, in the same order: dW's product (outputs rows
            // deep) is packed from 8 outputs on, and packing adds four rows' terms at once.
            boolean fourAtATime = outputs >= MatrixProducts.PACK_FROM_ROWS;
            MatrixProducts.weightGradientFewRows(dz, x, dW, rows, inputs, outputs, fourAtATime, workspace);
            if (dx != null) {
                MatrixProducts.inputGradientFewRows(dz, weights, dx, rows, inputs, outputs);
            }
        } else {
            productsBackward(x, dz, rows, dW, dx, workspace);
        }
    }

    /** dW and dx as {@link #parameterBackward} says, by the general products. */
    private void productsBackward(double[] x, double[] dz, int rows, double[] dW, double[] dx,
            MatrixWorkspace workspace) {
        // dW [outputs][inputs] = dz^T [outputs][rows] x [rows][inputs]: dz read with swapped strides.
        Arrays.fill(dW, 0.0);
        MatrixProducts.multiplyAdd(dz, 1, outputs, x, inputs, 1, dW, outputs, inputs, rows, workspace);
        if (dx != null) {
            // dx [rows][inputs] = dz [rows][outputs] W [outputs][inputs].
            Arrays.fill(dx, 0, rows * inputs, 0.0);
            MatrixProducts.multiplyAdd(dz, outputs, 1, weights, inputs, 1, dx, rows, inputs, outputs, workspace);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DenseLayer l && inputs == l.inputs && outputs == l.outputs
                && softmax == l.softmax
                && Arrays.equals(weights, l.weights) && Arrays.equals(biases, l.biases)
                && Arrays.equals(activations, l.activations)
                && Arrays.equals(frozenWeights, l.frozenWeights)
                && Arrays.equals(frozenBiases, l.frozenBiases);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inputs, outputs, softmax, Arrays.hashCode(weights), Arrays.hashCode(biases),
                Arrays.hashCode(activations));
    }

    @Override
    public String toString() {
        String act = softmax ? "softmax" : uniform != null ? uniform.name() : "mixed";
        return "DenseLayer[" + inputs + " -> " + outputs + ", " + act + "]";
    }

    private static Activation commonActivation(Activation[] acts) {
        for (Activation a : acts) {
            // Identity first: a record's equals is bootstrapped on first call, slow for a one-shot run.
            if (a != acts[0] && !a.equals(acts[0])) {
                return null;
            }
        }
        return acts[0];
    }

    private static void checkLength(String what, long actual, long expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + ": expected " + expected + " entries, got " + actual);
        }
    }
}
