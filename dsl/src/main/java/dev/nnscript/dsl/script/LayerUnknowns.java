package dev.nnscript.dsl.script;

import java.util.Arrays;
import java.util.Objects;

/**
 * Which of one layer's parameters were written {@code ?} (or come from a whole-layer line), and the
 * initializer that draws them. Masks have the shapes of the layer's arrays: weights row-major
 * [outputs][inputs], biases [outputs]. Equality is by content.
 */
public record LayerUnknowns(InitChoice initializer, boolean[] weights, boolean[] biases) {

    public LayerUnknowns {
        Objects.requireNonNull(initializer, "initializer");
        weights = weights.clone();
        biases = biases.clone();
    }

    public boolean allUnknown() {
        return all(weights, true) && all(biases, true);
    }

    public boolean noneUnknown() {
        return all(weights, false) && all(biases, false);
    }

    /** How many of the layer's weights and biases are unknown. */
    public int unknownCount() {
        return count(weights) + count(biases);
    }

    /** A copy of the weight mask. */
    @Override
    public boolean[] weights() {
        return weights.clone();
    }

    /** A copy of the bias mask. */
    @Override
    public boolean[] biases() {
        return biases.clone();
    }

    public boolean weight(int index) {
        return weights[index];
    }

    public boolean bias(int index) {
        return biases[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerUnknowns u && initializer.equals(u.initializer)
                && Arrays.equals(weights, u.weights) && Arrays.equals(biases, u.biases);
    }

    @Override
    public int hashCode() {
        return Objects.hash(initializer, Arrays.hashCode(weights), Arrays.hashCode(biases));
    }

    @Override
    public String toString() {
        return "LayerUnknowns[" + initializer + ", " + count(weights) + " weights, " + count(biases) + " biases]";
    }

    private static boolean all(boolean[] mask, boolean value) {
        for (boolean m : mask) {
            if (m != value) {
                return false;
            }
        }
        return true;
    }

    private static int count(boolean[] mask) {
        int n = 0;
        for (boolean m : mask) {
            n += m ? 1 : 0;
        }
        return n;
    }
}
