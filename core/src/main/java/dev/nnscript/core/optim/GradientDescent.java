package dev.nnscript.core.optim;

import dev.nnscript.core.gradient.Gradients;
import dev.nnscript.core.network.Network;

/**
 * p -= lr * g. Full-batch gradient descent or mini-batch SGD, depending on the batch. Stateless, so
 * one method walks every block: no call per block, which is most of what a step of a tiny network
 * costs before the JIT has compiled it.
 */
final class GradientDescent implements Optimizer {

    /** Every bit of a double but the sign. */
    private static final long MAGNITUDE_BITS = 0x7fff_ffff_ffff_ffffL;

    private final ParameterBlocks blocks;

    GradientDescent(Network network) {
        this.blocks = new ParameterBlocks(network);
    }

    /**
     * The largest |change| is kept as raw bits: a non-negative double's bits order as the double
     * does, and a NaN's sit above infinity's, so the largest bits are those of the largest change (a
     * NaN when any is NaN), as {@code Math.max} over the doubles gives. Comparing the bits in place
     * calls nothing per parameter: {@code Math.max(double, double)} stays a call in the client
     * compiler's code, and calls are dear in the interpreter, where a short run spends its first few
     * hundred steps. Without a mask the loop tests nothing per parameter (figures in
     * docs/speed.md).
     */
    @Override
    public double step(Gradients gradients, double lr) {
        long largest = 0L;
        for (int block = 0; block < blocks.parameters.length; block++) {
            double[] p = blocks.parameters[block];
            double[] g = gradients.block(block);
            boolean[] frozen = blocks.frozen[block];
            if (frozen != null) {
                long bits = descendUnfrozen(p, g, frozen, lr);
                largest = bits > largest ? bits : largest;
                continue;
            }
            for (int k = 0; k < p.length; k++) {
                double change = lr * g[k];
                p[k] -= change;
                long bits = Double.doubleToRawLongBits(change) & MAGNITUDE_BITS;
                largest = bits > largest ? bits : largest;
            }
        }
        return Double.longBitsToDouble(largest);
    }

    /** One block with frozen parameters: updates the others; returns the bits of the largest |change|. */
    private static long descendUnfrozen(double[] p, double[] g, boolean[] frozen, double lr) {
        long largest = 0L;
        for (int k = 0; k < p.length; k++) {
            if (!frozen[k]) {
                double change = lr * g[k];
                p[k] -= change;
                long bits = Double.doubleToRawLongBits(change) & MAGNITUDE_BITS;
                largest = bits > largest ? bits : largest;
            }
        }
        return largest;
    }
}
