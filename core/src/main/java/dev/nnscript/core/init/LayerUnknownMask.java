package dev.nnscript.core.init;

import java.util.Arrays;
import java.util.Objects;

/**
 * Which of one layer's parameters are unknown and how to draw them.
 *
 * @param initializer the distribution for this layer
 * @param weights true where a weight is unknown, row-major [outputs][inputs]
 * @param biases true where a bias is unknown, [outputs]
 */
public record LayerUnknownMask(Initializer initializer, boolean[] weights, boolean[] biases) {

    public LayerUnknownMask {
        Objects.requireNonNull(initializer, "initializer");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(biases, "biases");
    }

    /** No unknowns in a layer of this shape. */
    public static LayerUnknownMask none(int inputs, int outputs) {
        return new LayerUnknownMask(new Initializer.Zeros(), new boolean[inputs * outputs], new boolean[outputs]);
    }

    /** Every parameter of a layer of this shape is unknown. */
    public static LayerUnknownMask all(Initializer initializer, int inputs, int outputs) {
        boolean[] w = new boolean[inputs * outputs];
        boolean[] b = new boolean[outputs];
        Arrays.fill(w, true);
        Arrays.fill(b, true);
        return new LayerUnknownMask(initializer, w, b);
    }
}
