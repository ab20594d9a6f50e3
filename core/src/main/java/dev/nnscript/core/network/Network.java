package dev.nnscript.core.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A feed-forward network: named inputs, a chain of dense layers, named outputs.
 *
 * <p>The layers' arrays are live: training updates them in place. {@link #copy()} gives an
 * independent network (for keeping the last finite parameters, say). Equality is by content, bit
 * for bit, so a saved and reloaded model compares equal to the original.
 */
public final class Network {

    private final String name;
    private final List<String> inputNames;
    private final List<String> outputNames;
    private final List<DenseLayer> layers;
    /** The same layers in an array: the training loop's lookups are plain array reads, no interface call. */
    private final DenseLayer[] chain;

    /**
     * @param name an optional display name, or null
     * @param inputNames one name per input, in order
     * @param outputNames one name per node of the last layer, in order
     * @param layers at least one layer, each taking the previous one's outputs
     */
    public Network(String name, List<String> inputNames, List<String> outputNames, List<DenseLayer> layers) {
        this.name = name;
        this.inputNames = List.copyOf(inputNames);
        this.outputNames = List.copyOf(outputNames);
        this.layers = List.copyOf(layers);
        this.chain = this.layers.toArray(new DenseLayer[0]);
        if (this.layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        int width = this.inputNames.size();
        for (int l = 0; l < this.layers.size(); l++) {
            DenseLayer layer = this.layers.get(l);
            if (layer.inputs() != width) {
                throw new IllegalArgumentException("layer " + (l + 1) + " takes " + layer.inputs()
                        + " inputs but the layer before it has " + width + " outputs");
            }
            if (layer.isSoftmax() && l != this.layers.size() - 1) {
                throw new IllegalArgumentException("softmax is only allowed on the output layer");
            }
            width = layer.outputs();
        }
        if (width != this.outputNames.size()) {
            throw new IllegalArgumentException("the output layer has " + width + " nodes but "
                    + this.outputNames.size() + " output names were given");
        }
    }

    /** The display name, or null. */
    public String name() { return name; }

    public List<String> inputNames() { return inputNames; }

    public List<String> outputNames() { return outputNames; }

    public List<DenseLayer> layers() { return layers; }

    public DenseLayer layer(int index) { return chain[index]; }

    public int inputCount() { return inputNames.size(); }

    public int outputCount() { return outputNames.size(); }

    public DenseLayer outputLayer() { return chain[chain.length - 1]; }

    public long parameterCount() {
        long n = 0;
        for (DenseLayer l : layers) {
            n += l.parameterCount();
        }
        return n;
    }

    /** The widest layer (inputs included), for sizing scratch buffers. */
    public int maxWidth() {
        int w = inputCount();
        for (DenseLayer l : layers) {
            w = Math.max(w, l.outputs());
        }
        return w;
    }

    /** One forward pass for one input row; allocates its result and a trace. */
    public double[] predict(double... input) {
        if (input.length != inputCount()) {
            throw new IllegalArgumentException("expected " + inputCount() + " inputs, got " + input.length);
        }
        ForwardTrace trace = new ForwardTrace(this, 1);
        forward(input, 1, trace);
        return trace.output().clone();
    }

    /**
     * Forward pass over {@code rows} rows of {@code x} (row-major [rows][inputs]), recording every
     * layer's pre-activations and outputs in {@code trace}. Allocates nothing.
     */
    public void forward(double[] x, int rows, ForwardTrace trace) {
        trace.begin(x, rows);
        double[] in = x;
        int last = chain.length - 1;
        for (int l = 0; l < last; l++) {
            chain[l].forward(in, rows, trace.z[l], trace.a[l], trace.workspace);
            in = trace.a[l];
        }
        chain[last].forward(in, rows, trace.z[last], trace.a[last], trace.workspace, trace.softmaxMaxes,
                trace.softmaxSums);
        trace.softmaxKept = trace.softmaxMaxes != null && chain[last].isSoftmax();
    }

    /** An independent deep copy. */
    public Network copy() {
        List<DenseLayer> copies = new ArrayList<>(layers.size());
        for (DenseLayer l : layers) {
            copies.add(l.copy());
        }
        return new Network(name, inputNames, outputNames, copies);
    }

    /** The same network with other layers (of the same shapes), names kept. */
    public Network withLayers(List<DenseLayer> newLayers) {
        return new Network(name, inputNames, outputNames, newLayers);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Network n && Objects.equals(name, n.name) && inputNames.equals(n.inputNames)
                && outputNames.equals(n.outputNames) && layers.equals(n.layers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, inputNames, outputNames, layers);
    }

    @Override
    public String toString() {
        return "Network[" + (name == null ? "" : name + ": ") + inputNames + " -> " + layers + " -> "
                + outputNames + "]";
    }
}
