package dev.nnscript.core.train;

import dev.nnscript.core.gradient.Backpropagation;
import dev.nnscript.core.gradient.Gradients;
import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.loss.Reduction;
import dev.nnscript.core.network.Network;

/**
 * Measures one part of a batch (the rows of one Spark partition, say) for a {@link GradientSource}:
 * its loss and gradient, weighted by its share of the batch, so the parts add up to the batch's.
 * A mean loss over n rows of which a part holds k is weighted k/n (1 exactly when the part is the
 * whole batch, so one part gives the batch's own bits); a summed loss (ssr) is not weighted.
 *
 * <p>Holds its own copy of the network, with the run's ReLU setting, and buffers sized once for
 * {@code capacityRows}; the parameters are set before each measurement. Not thread-safe.
 */
public final class GradientPart {

    private final Network network;
    private final Loss loss;
    private final Backpropagation backprop;
    private final int capacityRows;
    /** The network's parameter arrays, weights of layer l at 2l and biases at 2l + 1. */
    private final double[][] live;

    /**
     * @param network the network's structure (copied; its parameters are replaced by
     *     {@link #setParameters})
     * @param reluDerivativeAtZero the run's {@link TrainingConfig#reluDerivativeAtZero()}
     * @param capacityRows the most rows one measurement takes
     */
    public GradientPart(Network network, Loss loss, double reluDerivativeAtZero, int capacityRows) {
        this.network = ReluAtZero.apply(network.copy(), reluDerivativeAtZero);
        this.loss = loss;
        this.capacityRows = Math.max(1, capacityRows);
        this.backprop = new Backpropagation(this.network, this.capacityRows, 1);
        this.live = blocks(this.network);
    }

    /** {@code network}'s parameters in one array, block after block (weights, biases; layer by layer). */
    public static double[] parameters(Network network) {
        double[][] blocks = blocks(network);
        int size = 0;
        for (double[] block : blocks) {
            size += block.length;
        }
        double[] flat = new double[size];
        int at = 0;
        for (double[] block : blocks) {
            System.arraycopy(block, 0, flat, at, block.length);
            at += block.length;
        }
        return flat;
    }

    /** Takes parameters laid out as {@link #parameters} gives them. */
    public void setParameters(double[] flat) {
        int at = 0;
        for (double[] block : live) {
            System.arraycopy(flat, at, block, 0, block.length);
            at += block.length;
        }
        if (at != flat.length) {
            throw new IllegalArgumentException("expected " + at + " parameters, got " + flat.length);
        }
    }

    public int capacityRows() {
        return capacityRows;
    }

    /**
     * This part's share of a batch of {@code batchRows} rows: x [rows][inputs] and y [rows][outputs]
     * are its rows, in the batch's order.
     */
    public PartialGradients gradients(double[] x, double[] y, int rows, int batchRows) {
        double value = backprop.compute(x, y, rows, loss);
        double share = share(rows, batchRows);
        Gradients g = backprop.gradients();
        double[][] blocks = new double[2 * g.layerCount()][];
        for (int b = 0; b < blocks.length; b++) {
            double[] block = g.block(b).clone();
            for (int k = 0; k < block.length; k++) {
                block[k] *= share;
            }
            blocks[b] = block;
        }
        return PartialGradients.of(value * share, blocks);
    }

    /** This part's share of the loss over {@code allRows} rows, without gradients. */
    public double loss(double[] x, double[] y, int rows, int allRows) {
        return backprop.loss(x, y, rows, loss) * share(rows, allRows);
    }

    private double share(int rows, int batchRows) {
        Reduction reduction = loss.reduction();
        int width = network.outputCount();
        return (double) reduction.terms(rows, width) / reduction.terms(batchRows, width);
    }

    private static double[][] blocks(Network network) {
        int layers = network.layers().size();
        double[][] blocks = new double[2 * layers][];
        for (int l = 0; l < layers; l++) {
            blocks[2 * l] = network.layer(l).weights();
            blocks[2 * l + 1] = network.layer(l).biases();
        }
        return blocks;
    }
}
