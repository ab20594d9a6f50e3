package dev.nnscript.dsl.script;

/**
 * The training settings a script gives, checked. A null field was not given, so the language's
 * default applies (see docs/language.md); keeping "not given" apart from "given as the default"
 * lets the printer write back exactly what the user wrote.
 *
 * @param batchSize rows per step; {@link #FULL_BATCH} for {@code batch=full}
 * @param reluAtZero the ReLU derivative at exactly 0, 0 or 1
 */
public record TrainingSettings(LossKind loss, OptimizerKind optimizer, Double learningRate, Double momentum,
        Integer batchSize, Long epochs, Long steps, Double minStep, Double targetLoss, Long seed,
        Integer reluAtZero, Boolean shuffle) {

    public static final int FULL_BATCH = 0;
    public static final long DEFAULT_SEED = 0;

    /** No setting given. */
    public static final TrainingSettings NONE = new TrainingSettings(null, null, null, null, null, null, null,
            null, null, null, null, null);

    /** The seed every random choice flows from (initialization, shuffling, holdout). */
    public long seedOrDefault() {
        return seed == null ? DEFAULT_SEED : seed;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
