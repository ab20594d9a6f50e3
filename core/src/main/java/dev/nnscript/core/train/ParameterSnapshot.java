package dev.nnscript.core.train;

import dev.nnscript.core.network.Network;

/**
 * A copy of a network's parameters, taken and restored without allocating. The live arrays are
 * looked up once: weights of layer l at index 2l, biases at 2l + 1.
 */
final class ParameterSnapshot {

    private final double[][] live;
    private final double[][] copies;

    ParameterSnapshot(Network network) {
        int layers = network.layers().size();
        this.live = new double[2 * layers][];
        this.copies = new double[2 * layers][];
        for (int l = 0; l < layers; l++) {
            live[2 * l] = network.layer(l).weights();
            live[2 * l + 1] = network.layer(l).biases();
        }
        for (int k = 0; k < live.length; k++) {
            copies[k] = live[k].clone();
        }
    }

    void take() {
        for (int k = 0; k < live.length; k++) {
            System.arraycopy(live[k], 0, copies[k], 0, live[k].length);
        }
    }

    void restore() {
        for (int k = 0; k < live.length; k++) {
            System.arraycopy(copies[k], 0, live[k], 0, live[k].length);
        }
    }

    /**
     * The largest |parameter| of the live network, or the first parameter that is not finite, as it
     * is (NaN, Infinity or -Infinity). A full pass: called only when a cheaper bound says a parameter
     * may have overflowed.
     */
    double largestMagnitude() {
        double largest = 0.0;
        for (double[] block : live) {
            for (double value : block) {
                if (!Double.isFinite(value)) {
                    return value;
                }
                largest = Math.max(largest, Math.abs(value));
            }
        }
        return largest;
    }
}
