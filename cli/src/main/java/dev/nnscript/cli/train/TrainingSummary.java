package dev.nnscript.cli.train;

import dev.nnscript.cli.text.ReadableNumbers;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;
import java.io.PrintWriter;

/**
 * The lines that end a training run: how many steps, the final loss, and why it stopped. An
 * interrupted run says clearly that the saved model is the one trained so far.
 */
public final class TrainingSummary {

    private TrainingSummary() {}

    public static void print(TrainingResult result, TrainingConfig config, PrintWriter err) {
        err.println("trained " + result.steps() + (result.steps() == 1 ? " step" : " steps") + ": "
                + reason(result, config));
        err.println("final loss (" + config.loss().name() + ", all rows) = " + ReadableNumbers.format(result.finalLoss()));
        err.flush();
    }

    private static String reason(TrainingResult result, TrainingConfig config) {
        return switch (result.reason()) {
            case MAX_STEPS -> "reached the step limit";
            case EPOCHS_DONE -> "finished the " + config.epochs() + " epochs asked for";
            case STEP_SIZE_BELOW_THRESHOLD -> "every parameter's step fell below min_step="
                    + ReadableNumbers.format(config.minStepSize());
            case LOSS_BELOW_TARGET -> "the loss fell below target_loss=" + ReadableNumbers.format(config.targetLoss());
            case DIVERGED -> "the loss diverged (" + result.divergence().map(d -> d.reason() + " at step " + d.step())
                    .orElse("not finite") + "); kept the last parameters with a finite loss";
            case INTERRUPTED -> "INTERRUPTED by Ctrl-C; the model saved is the one trained so far";
        };
    }
}
