package dev.nnscript.core.train;

import dev.nnscript.core.gradient.Gradients;
import dev.nnscript.core.network.Network;

/**
 * Batches of a {@link GradientSource}'s rows, cut by a {@link RowOrder} as {@link LocalBatches} cuts
 * its own: the source is told which rows (by index) and answers with their summed loss and gradient.
 */
final class SourceBatches implements Batches {

    private final Network network;
    private final GradientSource source;
    private final RowOrder order;
    /** A full batch is every row in order: the source is told so (null order) instead of the indices. */
    private final boolean fullBatch;
    private final Gradients gradients;
    private final long perEpoch;

    /** @param network the network being trained (live: the source reads its parameters at every batch) */
    SourceBatches(Network network, GradientSource source, TrainingConfig config) {
        this.network = network;
        this.source = source;
        int rows = source.rows();
        int batch = config.isFullBatch() ? rows : Math.min(config.batchSize(), rows);
        this.order = new RowOrder(rows, batch, config.shuffle(), config.seed());
        this.fullBatch = batch == rows;
        this.perEpoch = (rows + batch - 1) / batch;
        this.gradients = new Gradients(network);
    }

    @Override
    public boolean epochDone() {
        return order.epochDone();
    }

    @Override
    public double next() {
        int rows = order.nextBatch();
        PartialGradients sum = fullBatch
                ? source.batch(network, null, 0, rows)
                : source.batch(network, order.order(), order.from(), rows);
        sum.copyInto(gradients);
        return sum.loss();
    }

    @Override
    public Gradients gradients() {
        return gradients;
    }

    @Override
    public long perEpoch() {
        return perEpoch;
    }

    @Override
    public double fullLoss() {
        return source.loss(network);
    }
}
