package dev.nnscript.core.network;

import dev.nnscript.core.activation.Softmax;

/**
 * What a forward pass computed: the input batch and, for every layer, its pre-activations z and
 * outputs a, each row-major [rows][layer outputs]. Backpropagation reads it, and so does the CLI's
 * step-by-step explanation, so both show the engine's own numbers.
 *
 * <p>A trace is sized once for a batch capacity and reused; a pass over fewer rows uses a prefix of
 * each array. Entries past {@link #rows()} are stale.
 */
public final class ForwardTrace {

    /**
     * The most values one trace array may hold: Java's arrays are indexed by int, and JVMs keep a
     * few header words out of {@link Integer#MAX_VALUE}.
     */
    public static final int MAX_ARRAY_VALUES = Integer.MAX_VALUE - 8;

    /** By layer; {@link Network#forward} fills them directly, with no getter call per layer. */
    final double[][] z;
    final double[][] a;
    /**
     * For a softmax output layer, each row's max logit and sum of e^(z - max), as
     * {@link dev.nnscript.core.activation.Softmax} computed them; null for other networks.
     */
    final double[] softmaxMaxes;
    final double[] softmaxSums;
    /** True when the last pass's output layer was softmax and kept its normalizers here. */
    boolean softmaxKept;
    final MatrixWorkspace workspace;
    private final int capacity;
    private final int[] widths;
    private double[] input;
    private int rows;

    public ForwardTrace(Network network, int capacityRows) {
        this(network, capacityRows, 1);
    }

    /**
     * @param threads how many threads large batches' products may use (at least 1); the results are
     *     the same bits for any count
     */
    public ForwardTrace(Network network, int capacityRows, int threads) {
        this.workspace = new MatrixWorkspace(threads);
        if (capacityRows < 1) {
            throw new IllegalArgumentException("batch capacity must be at least 1, not " + capacityRows);
        }
        int most = maxRows(network);
        if (capacityRows > most) {
            throw new IllegalArgumentException("a batch of " + capacityRows + " rows does not fit one trace: the widest"
                    + " layer's values for them are more than one array holds (" + MAX_ARRAY_VALUES
                    + "); at most " + most + " rows fit");
        }
        int layers = network.layers().size();
        this.capacity = capacityRows;
        this.z = new double[layers][];
        this.a = new double[layers][];
        this.widths = new int[layers];
        for (int l = 0; l < layers; l++) {
            int width = network.layer(l).outputs();
            widths[l] = width;
            z[l] = new double[capacityRows * width]; // fits: capacityRows <= maxRows(network)
            a[l] = new double[capacityRows * width];
        }
        boolean softmaxOutput = network.layer(layers - 1).isSoftmax();
        this.softmaxMaxes = softmaxOutput ? new double[capacityRows] : null;
        this.softmaxSums = softmaxOutput ? new double[capacityRows] : null;
    }

    /**
     * The most rows a trace of {@code network} (and a batch of its inputs) may hold: every
     * [rows][width] array must fit {@link #MAX_ARRAY_VALUES}, so the widest layer or input decides.
     */
    public static int maxRows(Network network) {
        int widest = Math.max(1, network.inputCount());
        for (int l = 0; l < network.layers().size(); l++) {
            widest = Math.max(widest, network.layer(l).outputs());
        }
        return MAX_ARRAY_VALUES / widest;
    }

    void begin(double[] x, int rowCount) {
        if (rowCount < 1 || rowCount > capacity) {
            throw doesNotFit(rowCount);
        }
        this.input = x;
        this.rows = rowCount;
        this.softmaxKept = false;
    }

    private IllegalArgumentException doesNotFit(int rowCount) {
        return new IllegalArgumentException("batch of " + rowCount + " rows does not fit a trace for " + capacity);
    }

    /** Scratch for the layers' matrix products; backpropagation shares it. */
    public MatrixWorkspace workspace() { return workspace; }

    /** Rows in the last pass. */
    public int rows() { return rows; }

    public int capacity() { return capacity; }

    public int layerCount() { return z.length; }

    /** The input batch of the last pass (not copied). */
    public double[] input() { return input; }

    /** Layer l's pre-activations z, [rows][outputs]. */
    public double[] preActivations(int layer) { return z[layer]; }

    /** Layer l's outputs a = f(z), [rows][outputs]. */
    public double[] outputs(int layer) { return a[layer]; }

    /** The network's output, [rows][outputs of the last layer]. */
    public double[] output() { return a[a.length - 1]; }

    /** Layer l's width. */
    public int width(int layer) { return widths[layer]; }

    /** True when the last pass's output layer was softmax, so {@link #logSoftmaxNormalizer} answers. */
    public boolean hasSoftmaxOutput() { return softmaxKept; }

    /**
     * log(sum_j e^z_j) over row {@code row}'s output logits in the last pass, kept by the softmax
     * (the same bits as a log-sum-exp with the max taken out); only when {@link #hasSoftmaxOutput()}.
     */
    public double logSoftmaxNormalizer(int row) {
        if (!softmaxKept) {
            throw new IllegalStateException("the last pass kept no softmax normalizers");
        }
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " of a pass over " + rows);
        }
        return Softmax.logNormalizer(softmaxMaxes, softmaxSums, row);
    }
}
