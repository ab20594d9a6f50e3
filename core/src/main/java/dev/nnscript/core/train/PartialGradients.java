package dev.nnscript.core.train;

import dev.nnscript.core.gradient.Gradients;
import java.io.Serializable;

/**
 * A sum of parts of one batch's loss and gradient, each part already weighted by its share of the
 * batch (see {@link GradientPart}), so adding the parts gives the batch's. Serializable, for
 * sources whose parts are measured on other machines. {@link #none()} is the sum of no parts; adding
 * it changes nothing, bit for bit, so the sum of one part is that part exactly.
 *
 * <p>Gradient blocks are laid out as {@link Gradients}' blocks: layer l's weights at 2l, its biases
 * at 2l + 1.
 */
public final class PartialGradients implements Serializable {

    private static final long serialVersionUID = 1L;

    private double loss;
    /** Null for the sum of no parts. */
    private double[][] blocks;

    private PartialGradients(double loss, double[][] blocks) {
        this.loss = loss;
        this.blocks = blocks;
    }

    /** The sum of no parts. */
    public static PartialGradients none() {
        return new PartialGradients(0.0, null);
    }

    /** One part: its weighted loss and gradient blocks (taken, not copied). */
    static PartialGradients of(double loss, double[][] blocks) {
        return new PartialGradients(loss, blocks);
    }

    public boolean isEmpty() {
        return blocks == null;
    }

    /**
     * This sum plus {@code other}: adds into this object's arrays and returns it (or returns
     * {@code other} when this is empty), as Spark's aggregate functions may.
     */
    public PartialGradients plus(PartialGradients other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        loss += other.loss;
        for (int b = 0; b < blocks.length; b++) {
            double[] into = blocks[b];
            double[] from = other.blocks[b];
            for (int k = 0; k < into.length; k++) {
                into[k] += from[k];
            }
        }
        return this;
    }

    /** The summed loss. */
    public double loss() {
        return loss;
    }

    /** Writes the summed gradient into {@code gradients}, shaped like it. */
    void copyInto(Gradients gradients) {
        if (isEmpty()) {
            throw new IllegalStateException("a batch's gradient was asked for but no part of it was measured");
        }
        for (int b = 0; b < blocks.length; b++) {
            System.arraycopy(blocks[b], 0, gradients.block(b), 0, blocks[b].length);
        }
    }
}
