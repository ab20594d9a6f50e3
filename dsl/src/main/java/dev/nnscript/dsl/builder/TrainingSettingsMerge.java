package dev.nnscript.dsl.builder;

import dev.nnscript.dsl.script.TrainingSettings;

/**
 * Training settings given at train time ({@code nnrun train --lr ... --steps ...}, Groovy's
 * {@code net.train(lr: 0.01, steps: 500)}) on top of a script's own.
 */
public final class TrainingSettingsMerge {

    private TrainingSettingsMerge() {}

    /**
     * The one override rule, for Groovy's {@code net.train(...)} and {@code nnrun train}'s flags alike: a
     * setting given in {@code overrides} replaces the script's, and only that setting; every other
     * setting (the script's {@code momentum=} under an overriding optimizer, say) stays. Giving
     * {@code epochs} drops the script's {@code steps} and the other way round; an optimizer given
     * without {@code lr} keeps the script's {@code lr} if it wrote one, else the new optimizer's
     * default applies.
     */
    public static TrainingSettings merge(TrainingSettings script, TrainingSettings o) {
        boolean lengthGiven = o.epochs() != null || o.steps() != null;
        return new TrainingSettings(
                or(o.loss(), script.loss()),
                or(o.optimizer(), script.optimizer()),
                or(o.learningRate(), script.learningRate()),
                or(o.momentum(), script.momentum()),
                or(o.batchSize(), script.batchSize()),
                lengthGiven ? o.epochs() : script.epochs(),
                lengthGiven ? o.steps() : script.steps(),
                or(o.minStep(), script.minStep()),
                or(o.targetLoss(), script.targetLoss()),
                or(o.seed(), script.seed()),
                or(o.reluAtZero(), script.reluAtZero()),
                or(o.shuffle(), script.shuffle()));
    }

    private static <T> T or(T override, T script) {
        return override != null ? override : script;
    }
}
