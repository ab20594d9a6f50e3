package dev.nnscript.core.gradient;

/**
 * One parameter's backpropagated gradient beside its central-difference estimate.
 *
 * @param layer 0-based layer index
 * @param isBias true for a bias, false for a weight
 * @param index the index into the layer's weights (row-major [outputs][inputs]) or biases array
 * @param analytic dL/dp from backpropagation
 * @param numeric (L(p + h) - L(p - h)) / 2h
 * @param status whether they agree, or why they need not
 */
public record ParameterCheck(int layer, boolean isBias, int index, double analytic, double numeric,
        Status status) {

    public enum Status {
        /** Analytic and numeric gradients agree within the tolerance. */
        OK,
        /** They disagree: a bug in a derivative or in backpropagation. */
        MISMATCH,
        /**
         * Some row puts a node this parameter influences exactly on an activation's bend (ReLU at 0),
         * where the derivative is a convention and central differences average the two sides.
         */
        ON_BEND
    }

    /** A readable name: layer and node 1-based, as the StatQuest drawings number them. */
    public String describe(int inputs) {
        return isBias
                ? "layer " + (layer + 1) + " node " + (index + 1) + " bias"
                : "layer " + (layer + 1) + " node " + (index / inputs + 1) + " weight " + (index % inputs + 1);
    }
}
