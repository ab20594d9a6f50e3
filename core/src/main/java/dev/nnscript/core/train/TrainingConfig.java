package dev.nnscript.core.train;

import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.optim.OptimizerConfig;
import java.util.Objects;

/**
 * Typed, validated training settings; start from {@link #defaults()} and change fields with the
 * {@code withX} methods, or set several through a {@link Builder}. Defaults are the {@code .nn} language's: ssr, sgd, learning rate 0.1, full
 * batch, 1000 steps, no step-size or target-loss rule, seed 0, shuffling on, ReLU derivative 0 at 0.
 *
 * @param loss the loss to minimise
 * @param optimizer how gradients become updates
 * @param learningRate lr > 0
 * @param batchSize rows per step, or {@link #FULL_BATCH} for all rows (a batch larger than the data
 *     is the full batch); the last, partial batch of an epoch is kept
 * @param epochs how many passes over the data, or 0 when {@code maxSteps} decides
 * @param maxSteps how many updates, or 0 when {@code epochs} decides; exactly one of the two is set
 * @param minStepSize stop once every trainable parameter's last step |change| is below this;
 *     0 turns the rule off (StatQuest's rule is 0.001)
 * @param targetLoss stop once a step's loss is below this; {@link #NO_TARGET_LOSS} turns it off
 * @param seed the source of the trainer's random choices (shuffling); the dsl draws the initial
 *     weights and the held-out rows from the same seed
 * @param shuffle reshuffle the rows at the start of every epoch (ignored for full batches, where
 *     order cannot matter)
 * @param reluDerivativeAtZero ReLU's derivative at exactly 0 during training: 0 (PyTorch's) or 1
 * @param threads how many threads large batches' matrix products may use (at least 1); small
 *     products always stay on one thread, and the results are the same bits for any count. The
 *     default is the machine's processors, at most {@link #MAX_DEFAULT_THREADS}; the most allowed is
 *     {@link #maxThreads()}
 */
public record TrainingConfig(Loss loss, OptimizerConfig optimizer, double learningRate, int batchSize,
        long epochs, long maxSteps, double minStepSize, double targetLoss, long seed, boolean shuffle,
        double reluDerivativeAtZero, int threads) {

    public static final int FULL_BATCH = 0;
    public static final double NO_TARGET_LOSS = Double.NEGATIVE_INFINITY;
    public static final long DEFAULT_STEPS = 1000;
    public static final int MAX_DEFAULT_THREADS = 4;

    public TrainingConfig {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(optimizer, "optimizer");
        require(learningRate > 0.0 && Double.isFinite(learningRate),
                "the learning rate must be positive and finite, not ", learningRate);
        require(batchSize >= 0, "the batch size must be positive (or FULL_BATCH), not ", batchSize);
        if (epochs < 0 || maxSteps < 0) {
            throw new IllegalArgumentException("epochs and steps cannot be negative");
        }
        if ((epochs > 0) == (maxSteps > 0)) {
            throw new IllegalArgumentException("set exactly one of epochs and steps (epochs " + epochs
                    + ", steps " + maxSteps + ")");
        }
        require(minStepSize >= 0.0 && Double.isFinite(minStepSize),
                "the minimum step size must be at least 0 and finite, not ", minStepSize);
        require(!Double.isNaN(targetLoss) && targetLoss != Double.POSITIVE_INFINITY,
                "the target loss must be a number below infinity, not ", targetLoss);
        require(reluDerivativeAtZero == 0.0 || reluDerivativeAtZero == 1.0,
                "the ReLU derivative at 0 must be 0 or 1, not ", reluDerivativeAtZero);
        require(threads >= 1, "training needs at least 1 thread, not ", threads);
        if (threads > maxThreads()) {
            throw new IllegalArgumentException("training may use at most " + maxThreads()
                    + " threads (4 per processor), not " + threads);
        }
    }

    /**
     * The most threads a run may ask for: 4 per available processor. More cannot be faster (the
     * products are split among them) and thousands would exhaust the machine.
     */
    public static int maxThreads() {
        return 4 * Runtime.getRuntime().availableProcessors();
    }

    /** The language's defaults (see the {@link Builder}'s fields). */
    public static TrainingConfig defaults() {
        return new Builder().build();
    }

    public boolean isFullBatch() { return batchSize == FULL_BATCH; }

    public TrainingConfig withLoss(Loss value) { return toBuilder().loss(value).build(); }

    /** Changes the optimizer only; the learning rate stays (see {@link OptimizerConfig#defaultLearningRate}). */
    public TrainingConfig withOptimizer(OptimizerConfig value) { return toBuilder().optimizer(value).build(); }

    public TrainingConfig withLearningRate(double value) { return toBuilder().learningRate(value).build(); }

    public TrainingConfig withBatchSize(int value) { return toBuilder().batchSize(value).build(); }

    public TrainingConfig withFullBatch() { return withBatchSize(FULL_BATCH); }

    /** Train for this many epochs (and no step limit). */
    public TrainingConfig withEpochs(long value) { return toBuilder().epochs(value).build(); }

    /** Train for this many steps (and no epoch limit). */
    public TrainingConfig withMaxSteps(long value) { return toBuilder().maxSteps(value).build(); }

    public TrainingConfig withMinStepSize(double value) { return toBuilder().minStepSize(value).build(); }

    public TrainingConfig withTargetLoss(double value) { return toBuilder().targetLoss(value).build(); }

    public TrainingConfig withSeed(long value) { return toBuilder().seed(value).build(); }

    public TrainingConfig withShuffle(boolean value) { return toBuilder().shuffle(value).build(); }

    public TrainingConfig withReluDerivativeAtZero(double value) {
        return toBuilder().reluDerivativeAtZero(value).build();
    }

    public TrainingConfig withThreads(int value) { return toBuilder().threads(value).build(); }

    /** A builder holding this configuration's values, for setting several at once. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.loss = loss;
        b.optimizer = optimizer;
        b.learningRate = learningRate;
        b.batchSize = batchSize;
        b.epochs = epochs;
        b.maxSteps = maxSteps;
        b.minStepSize = minStepSize;
        b.targetLoss = targetLoss;
        b.seed = seed;
        b.shuffle = shuffle;
        b.reluDerivativeAtZero = reluDerivativeAtZero;
        b.threads = threads;
        return b;
    }

    /**
     * Collects settings (say, from several {@code train} lines) and validates them once, in
     * {@link #build()}. Starts from the defaults, which are the language's.
     */
    public static final class Builder {
        // The defaults live here only: defaults() builds from a new Builder, and toBuilder() copies
        // a configuration's values in, so the record's 12 fields are listed in one copy and one build.
        private Loss loss = Losses.SSR;
        private OptimizerConfig optimizer = OptimizerConfig.sgd();
        private double learningRate = 0.1;
        private int batchSize = FULL_BATCH;
        private long epochs = 0;
        private long maxSteps = DEFAULT_STEPS;
        private double minStepSize = 0.0;
        private double targetLoss = NO_TARGET_LOSS;
        private long seed = 0L;
        private boolean shuffle = true;
        private double reluDerivativeAtZero = 0.0;
        private int threads = Math.min(MAX_DEFAULT_THREADS, Runtime.getRuntime().availableProcessors());

        public Builder() {}

        public Builder loss(Loss value) { loss = value; return this; }

        public Builder optimizer(OptimizerConfig value) { optimizer = value; return this; }

        public Builder learningRate(double value) { learningRate = value; return this; }

        public Builder batchSize(int value) { batchSize = value; return this; }

        /** Train for this many epochs; clears the step limit (only one of the two is set). */
        public Builder epochs(long value) { epochs = value; maxSteps = 0; return this; }

        /** Train for this many steps; clears the epoch count (only one of the two is set). */
        public Builder maxSteps(long value) { maxSteps = value; epochs = 0; return this; }

        public Builder minStepSize(double value) { minStepSize = value; return this; }

        public Builder targetLoss(double value) { targetLoss = value; return this; }

        public Builder seed(long value) { seed = value; return this; }

        public Builder shuffle(boolean value) { shuffle = value; return this; }

        public Builder reluDerivativeAtZero(double value) { reluDerivativeAtZero = value; return this; }

        public Builder threads(int value) { threads = value; return this; }

        /** @throws IllegalArgumentException naming the first invalid setting */
        public TrainingConfig build() {
            return new TrainingConfig(loss, optimizer, learningRate, batchSize, epochs, maxSteps,
                    minStepSize, targetLoss, seed, shuffle, reluDerivativeAtZero, threads);
        }
    }

    /**
     * The message is put together only when the condition fails: formatting a double is slow in a
     * cold run, where the settings are made just before training (docs/speed.md).
     */
    private static void require(boolean condition, String message, Object value) {
        if (!condition) {
            throw new IllegalArgumentException(message + value);
        }
    }
}
