package dev.nnscript.dsl.script;

import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.optim.OptimizerConfig;
import dev.nnscript.core.train.TrainingConfig;

/** Turns a script's settings into core's {@link TrainingConfig}, filling in the language's defaults. */
public final class TrainingConfigs {

    private TrainingConfigs() {}

    /** The configuration to train {@code network} with; the loss defaults by its output layer. */
    public static TrainingConfig of(TrainingSettings s, Network network) {
        TrainingConfig.Builder b = new TrainingConfig.Builder();
        b.loss(s.loss() == null ? Losses.defaultFor(network) : Losses.byName(s.loss().text()).orElseThrow());
        OptimizerConfig optimizer = optimizer(s);
        b.optimizer(optimizer);
        b.learningRate(s.learningRate() == null ? optimizer.defaultLearningRate() : s.learningRate());
        if (s.batchSize() != null) {
            b.batchSize(s.batchSize() == TrainingSettings.FULL_BATCH ? TrainingConfig.FULL_BATCH : s.batchSize());
        }
        if (s.epochs() != null) {
            b.epochs(s.epochs());
        }
        if (s.steps() != null) {
            b.maxSteps(s.steps());
        }
        if (s.minStep() != null) {
            b.minStepSize(s.minStep());
        }
        if (s.targetLoss() != null) {
            b.targetLoss(s.targetLoss());
        }
        b.seed(s.seedOrDefault());
        if (s.shuffle() != null) {
            b.shuffle(s.shuffle());
        }
        if (s.reluAtZero() != null) {
            b.reluDerivativeAtZero(s.reluAtZero());
        }
        return b.build();
    }

    private static OptimizerConfig optimizer(TrainingSettings s) {
        double momentum = s.momentum() == null ? OptimizerConfig.Momentum.DEFAULT_MOMENTUM : s.momentum();
        OptimizerKind kind = s.optimizer() == null ? OptimizerKind.SGD : s.optimizer();
        return switch (kind) {
            case SGD -> OptimizerConfig.sgd();
            case MOMENTUM -> OptimizerConfig.momentum(momentum);
            case NESTEROV -> OptimizerConfig.nesterov(momentum);
            case ADAM -> OptimizerConfig.adam();
        };
    }
}
