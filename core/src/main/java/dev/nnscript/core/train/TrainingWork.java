package dev.nnscript.core.train;

import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;

/**
 * How much arithmetic a training run plans, worked out from its shapes before any row is read: the
 * steps it does unless a stopping rule ends it early, and per step a forward pass, the two backward
 * products (each a multiply-add per weight per row) and one update per parameter. The command line
 * picks its JVM's compiler from it (docs/speed.md, "Which compiler trains").
 */
public final class TrainingWork {

    private TrainingWork() {}

    /**
     * The steps a run over {@code rows} rows does unless a stopping rule ends it early; at most
     * {@link Long#MAX_VALUE} (a run of more epochs than that allows never ends by its length).
     */
    public static long plannedSteps(long rows, TrainingConfig config) {
        if (config.maxSteps() > 0) {
            return config.maxSteps();
        }
        long perEpoch = config.isFullBatch() ? 1 : (rows + config.batchSize() - 1) / config.batchSize();
        long epochs = config.epochs();
        return perEpoch != 0 && epochs > Long.MAX_VALUE / perEpoch ? Long.MAX_VALUE : epochs * perEpoch;
    }

    /**
     * The planned run's multiply-adds and parameter updates: per step, 3 x (rows in a batch) x
     * (weights), plus the parameters. A double, so that no run's count can overflow.
     */
    public static double operations(Network network, long rows, TrainingConfig config) {
        long weights = 0;
        for (DenseLayer layer : network.layers()) {
            weights += (long) layer.inputs() * layer.outputs();
        }
        long batch = config.isFullBatch() ? rows : Math.min(rows, config.batchSize());
        double perStep = 3.0 * batch * weights + network.parameterCount();
        return plannedSteps(rows, config) * perStep;
    }
}
