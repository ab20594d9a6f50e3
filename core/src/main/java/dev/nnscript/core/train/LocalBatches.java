package dev.nnscript.core.train;

import dev.nnscript.core.gradient.Backpropagation;
import dev.nnscript.core.gradient.Gradients;
import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;

/** Batches of a {@link Dataset} in memory, measured by one {@link Backpropagation} sized once. */
final class LocalBatches implements Batches {

    private final Network network;
    private final Dataset data;
    private final int threads;
    private final BatchSampler sampler;
    private final Backpropagation backprop;
    /** The sampler's batch arrays: the same arrays every step, looked up once. */
    private final double[] batchInputs;
    private final double[] batchTargets;
    private final Loss loss;
    private final long perEpoch;

    /** @param network the network being trained (live: its parameters are read at every batch) */
    LocalBatches(Network network, Dataset data, TrainingConfig config) {
        this.network = network;
        this.data = data;
        this.threads = config.threads();
        int batch = config.isFullBatch() ? data.rows() : Math.min(config.batchSize(), data.rows());
        this.sampler = new BatchSampler(data, batch, config.shuffle(), config.seed());
        this.perEpoch = (data.rows() + batch - 1) / batch;
        this.backprop = new Backpropagation(network, batch, config.threads());
        this.batchInputs = sampler.inputs();
        this.batchTargets = sampler.targets();
        this.loss = config.loss();
    }

    @Override
    public boolean epochDone() {
        return sampler.epochDone();
    }

    @Override
    public double next() {
        int rows = sampler.nextBatch();
        return backprop.compute(batchInputs, batchTargets, rows, loss);
    }

    @Override
    public Gradients gradients() {
        return backprop.gradients();
    }

    @Override
    public long perEpoch() {
        return perEpoch;
    }

    @Override
    public double fullLoss() {
        ForwardTrace trace = new ForwardTrace(network, data.rows(), threads);
        network.forward(data.inputs(), data.rows(), trace);
        return loss.valueOf(trace, data.targets());
    }
}
