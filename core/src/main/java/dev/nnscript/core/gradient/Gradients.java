package dev.nnscript.core.gradient;

import dev.nnscript.core.network.Network;

/**
 * dL/dW and dL/db for every layer, each a flat array shaped like the layer's own: weights row-major
 * [outputs][inputs], biases [outputs]. The optimizers walk them by block, as they walk the
 * parameters: layer l's weights are block 2l, its biases block 2l + 1.
 */
public final class Gradients {

    private final double[][] blocks;

    /** Zero gradients shaped like {@code network}'s parameters. */
    public Gradients(Network network) {
        int layers = network.layers().size();
        blocks = new double[2 * layers][];
        for (int l = 0; l < layers; l++) {
            blocks[2 * l] = new double[network.layer(l).weights().length];
            blocks[2 * l + 1] = new double[network.layer(l).biases().length];
        }
    }

    public int layerCount() { return blocks.length / 2; }

    /** Layer l's dL/dW, row-major [outputs][inputs] (live). */
    public double[] weights(int layer) { return blocks[2 * layer]; }

    /** Layer l's dL/db, [outputs] (live). */
    public double[] biases(int layer) { return blocks[2 * layer + 1]; }

    /** Block b (live): {@code weights(b / 2)} for even b, {@code biases(b / 2)} for odd b. */
    public double[] block(int block) { return blocks[block]; }
}
