package dev.nnscript.dsl.script;

import dev.nnscript.core.optim.OptimizerConfig;
import dev.nnscript.core.train.TrainingConfig;

/**
 * The settings a training run used, every one written out: what a trained model's {@code train}
 * line records, so that it says how the model was made (flag overrides included) and training it
 * again on purpose repeats that run whatever the language's defaults become. The inverse of
 * {@link TrainingConfigs#of}: {@code TrainingConfigs.of(EffectiveSettings.of(c), network)} trains
 * as {@code c} does (threads aside: they do not change the result).
 */
public final class EffectiveSettings {

    private EffectiveSettings() {}

    /**
     * Every setting of {@code config} as the language writes it. Rules that are off have no value to
     * write and stay unset: {@code min_step} (0 in core), {@code target_loss}; {@code momentum} is
     * written only for the optimizers that use it.
     */
    public static TrainingSettings of(TrainingConfig config) {
        OptimizerKind optimizer = OptimizerKind.byText(config.optimizer().name()).orElseThrow();
        Double momentum = config.optimizer() instanceof OptimizerConfig.Momentum m ? m.momentum() : null;
        Integer batch = config.isFullBatch() ? TrainingSettings.FULL_BATCH : config.batchSize();
        Long epochs = config.epochs() > 0 ? config.epochs() : null;
        Long steps = config.epochs() > 0 ? null : config.maxSteps();
        Double minStep = config.minStepSize() > 0 ? config.minStepSize() : null;
        Double targetLoss = config.targetLoss() == TrainingConfig.NO_TARGET_LOSS ? null : config.targetLoss();
        return new TrainingSettings(LossKind.byText(config.loss().name()).orElseThrow(), optimizer,
                config.learningRate(), momentum, batch, epochs, steps, minStep, targetLoss, config.seed(),
                (int) config.reluDerivativeAtZero(), config.shuffle());
    }
}
