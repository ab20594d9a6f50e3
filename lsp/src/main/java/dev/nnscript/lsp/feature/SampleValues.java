package dev.nnscript.lsp.feature;

import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;

/**
 * One forward pass at a sample input, every layer's sums (pre-activations) and outputs kept, so a
 * hover can show a node's value. {@code inputs(l)} is what layer {@code l} reads.
 */
final class SampleValues {

    private final double[] input;
    private final double[][] sums;
    private final double[][] outputs;

    private SampleValues(double[] input, double[][] sums, double[][] outputs) {
        this.input = input;
        this.sums = sums;
        this.outputs = outputs;
    }

    static SampleValues of(Network network, double[] input) {
        int n = network.layers().size();
        double[][] z = new double[n][];
        double[][] a = new double[n][];
        double[] x = input;
        for (int l = 0; l < n; l++) {
            DenseLayer layer = network.layer(l);
            z[l] = new double[layer.outputs()];
            a[l] = new double[layer.outputs()];
            layer.forward(x, 1, z[l], a[l]);
            x = a[l];
        }
        return new SampleValues(input, z, a);
    }

    double[] inputs(int l) {
        return l == 0 ? input : outputs[l - 1];
    }

    double sum(int l, int node) {
        return sums[l][node];
    }

    double output(int l, int node) {
        return outputs[l][node];
    }
}
