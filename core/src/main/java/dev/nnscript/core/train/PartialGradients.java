package dev.nnscript.core.train;

import dev.nnscript.core.gradient.Gradients;
import java.io.Serializable;

/**
 * A sum of parts of one batch's loss and gradient, each part already weighted by its share of the
 * batch (see {@link GradientPart}), so adding the parts gives the batch's. Serializable, for
 * sources whose parts are measured on other machines.
 *
 * <p>The sum does not depend on the order the parts are added in: two or more parts are added
 * exactly and rounded once ({@link ExactSums}), so a Spark job that adds partitions' parts in the
 * order their tasks finish gives the same bits every time. {@link #none()} is the sum of no parts;
 * adding it changes nothing, and the sum of one part is that part exactly, bit for bit.
 *
 * <p>Gradient blocks are laid out as {@link Gradients}' blocks: layer l's weights at 2l, its biases
 * at 2l + 1.
 */
public final class PartialGradients implements Serializable {

    private static final long serialVersionUID = 2L;

    /** One part's loss and blocks as measured; blocks is null for the sum of no parts. */
    private double loss;
    private double[][] blocks;
    /** Once two parts are added: the loss at index 0, then every block's entries in order. */
    private ExactSums sums;

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

    /**
     * A part that carries only a loss (one part's share of {@link GradientSource#loss}), so that
     * parts' losses add up without depending on their order, as gradients do.
     */
    public static PartialGradients ofLoss(double loss) {
        return new PartialGradients(loss, new double[0][]);
    }

    public boolean isEmpty() {
        return blocks == null;
    }

    /**
     * This sum plus {@code other}: adds into this object and returns it (or returns {@code other}
     * when this is empty), as Spark's aggregate functions may.
     */
    public PartialGradients plus(PartialGradients other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        if (sums == null) {
            sums = exact();
        }
        if (other.sums != null) {
            sums.add(other.sums);
        } else {
            sums.add(0, other.loss);
            int at = 1;
            for (double[] block : other.blocks) {
                sums.add(block, at);
                at += block.length;
            }
        }
        return this;
    }

    /** The summed loss. */
    public double loss() {
        return sums == null ? loss : sums.value(0);
    }

    /** Writes the summed gradient into {@code gradients}, shaped like it. */
    void copyInto(Gradients gradients) {
        if (isEmpty()) {
            throw new IllegalStateException("a batch's gradient was asked for but no part of it was measured");
        }
        int at = 1;
        for (int b = 0; b < blocks.length; b++) {
            if (sums == null) {
                System.arraycopy(blocks[b], 0, gradients.block(b), 0, blocks[b].length);
            } else {
                sums.values(at, gradients.block(b));
            }
            at += blocks[b].length;
        }
    }

    /** This one part as exact sums. */
    private ExactSums exact() {
        int size = 1;
        for (double[] block : blocks) {
            size += block.length;
        }
        ExactSums exact = new ExactSums(size);
        exact.add(0, loss);
        int at = 1;
        for (double[] block : blocks) {
            exact.add(block, at);
            at += block.length;
        }
        return exact;
    }
}
