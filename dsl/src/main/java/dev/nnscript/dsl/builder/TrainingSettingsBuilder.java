package dev.nnscript.dsl.builder;

import dev.nnscript.dsl.script.LossKind;
import dev.nnscript.dsl.script.OptimizerKind;
import dev.nnscript.dsl.script.TrainingSettings;
import java.util.Objects;

/**
 * A {@code train} line's {@link TrainingSettings} set by name from Java, for
 * {@link ScriptBuilder#train}: {@code new TrainingSettingsBuilder().learningRate(0.05).steps(500).build()}.
 * A setting not set is not given, so the language's default applies (see docs/language.md) and the
 * printed script leaves it out. Values are checked when the script loads, with a {@code .nn} file's
 * messages.
 */
public final class TrainingSettingsBuilder {

    private LossKind loss;
    private OptimizerKind optimizer;
    private Double learningRate;
    private Double momentum;
    private Integer batchSize;
    private Long epochs;
    private Long steps;
    private Double minStep;
    private Double targetLoss;
    private Long seed;
    private Integer reluAtZero;
    private Boolean shuffle;

    /** {@code loss=}. */
    public TrainingSettingsBuilder loss(LossKind loss) {
        this.loss = Objects.requireNonNull(loss, "loss");
        return this;
    }

    /** {@code optimizer=}. */
    public TrainingSettingsBuilder optimizer(OptimizerKind optimizer) {
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        return this;
    }

    /** {@code lr=}: greater than 0. */
    public TrainingSettingsBuilder learningRate(double learningRate) {
        this.learningRate = learningRate;
        return this;
    }

    /** {@code momentum=}: at least 0 and below 1, for the momentum and nesterov optimizers. */
    public TrainingSettingsBuilder momentum(double momentum) {
        this.momentum = momentum;
        return this;
    }

    /** {@code batch=}: rows per step, at least 1. */
    public TrainingSettingsBuilder batchSize(int rows) {
        this.batchSize = rows;
        return this;
    }

    /** {@code batch=full}: every row in each step. */
    public TrainingSettingsBuilder fullBatch() {
        this.batchSize = TrainingSettings.FULL_BATCH;
        return this;
    }

    /** {@code epochs=}: passes over the data; give epochs or steps, not both. */
    public TrainingSettingsBuilder epochs(long epochs) {
        this.epochs = epochs;
        return this;
    }

    /** {@code steps=}: updates; give epochs or steps, not both. */
    public TrainingSettingsBuilder steps(long steps) {
        this.steps = steps;
        return this;
    }

    /** {@code min_step=}: stop once every parameter's last step is smaller. */
    public TrainingSettingsBuilder minStep(double minStep) {
        this.minStep = minStep;
        return this;
    }

    /** {@code target_loss=}: stop once a step's loss is smaller. */
    public TrainingSettingsBuilder targetLoss(double targetLoss) {
        this.targetLoss = targetLoss;
        return this;
    }

    /** {@code seed=}: every random choice (unknown parameters, shuffling, held-out rows) flows from it. */
    public TrainingSettingsBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** {@code relu_at_zero=}: ReLU's derivative at exactly 0, 0 or 1. */
    public TrainingSettingsBuilder reluAtZero(int derivative) {
        this.reluAtZero = derivative;
        return this;
    }

    /** {@code shuffle=}. */
    public TrainingSettingsBuilder shuffle(boolean shuffle) {
        this.shuffle = shuffle;
        return this;
    }

    public TrainingSettings build() {
        return new TrainingSettings(loss, optimizer, learningRate, momentum, batchSize, epochs, steps, minStep,
                targetLoss, seed, reluAtZero, shuffle);
    }
}
