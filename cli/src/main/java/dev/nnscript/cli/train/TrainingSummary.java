package dev.nnscript.cli.train;

import dev.nnscript.cli.text.Counts;
import dev.nnscript.dsl.print.ReadableNumbers;
import dev.nnscript.core.train.Divergence;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;
import java.io.PrintWriter;

/**
 * The lines that end a training run: how many steps and epochs, why it stopped, the final loss over
 * the training rows. A run that diverged also gets where, the tail of its loss history and a hint;
 * an interrupted or diverged run says which model it kept; a plain sgd run whose loss rose or
 * stalled gets a hint too.
 */
public final class TrainingSummary {

    /** How many of the last step losses a divergence report shows. */
    static final int HISTORY_TAIL = 5;

    private TrainingSummary() {}

    /**
     * @param rows how many training rows the final loss is measured over (held-out rows are not)
     * @param startingLoss the starting model's loss over those rows, for the hint on a rising or
     *     stalled sgd run; NaN when not measured
     */
    public static void print(TrainingResult result, TrainingConfig config, long plannedSteps, int rows,
            double startingLoss, PrintWriter err) {
        print(result, config, plannedSteps, rows, startingLoss, UnfinishedModel.CTRL_C, err);
    }

    /** As above, saying how an interrupted run was stopped ({@link UnfinishedModel#note(TrainingResult, long, String)}). */
    public static void print(TrainingResult result, TrainingConfig config, long plannedSteps, int rows,
            double startingLoss, String interrupted, PrintWriter err) {
        result.divergence().ifPresent(divergence -> divergence(result, divergence, config, err));
        err.println("trained " + Counts.of(result.steps(), "step") + " (" + Counts.of(result.epochs(), "epoch") + "): "
                + reason(result, config, plannedSteps, interrupted));
        err.println("final loss (" + config.loss().name() + ", " + Counts.of(rows, "training row") + ") = "
                + ReadableNumbers.format(result.finalLoss()));
        LossTrend.hint(result, config, startingLoss).ifPresent(err::println);
        err.flush();
    }

    private static void divergence(TrainingResult result, Divergence divergence, TrainingConfig config,
            PrintWriter err) {
        err.println("nnrun: training diverged: " + divergence.reason() + " at step " + divergence.step());
        double[] history = result.lossHistory();
        int shown = Math.min(HISTORY_TAIL, history.length);
        if (shown > 0) {
            long first = result.firstHistoryStep() + history.length - shown;
            StringBuilder tail = new StringBuilder("  loss before step");
            tail.append(shown == 1 ? " " + first : "s " + first + "-" + (first + shown - 1)).append(':');
            for (int i = history.length - shown; i < history.length; i++) {
                tail.append(i == history.length - shown ? " " : ", ").append(ReadableNumbers.format(history[i]));
            }
            err.println(tail);
        }
        err.println("  hint: " + hint(result, config));
    }

    private static String hint(TrainingResult result, TrainingConfig config) {
        if (!Double.isFinite(result.finalLoss())) {
            return "the starting model's loss is not finite; look for huge values in the data or the weights";
        }
        double rate = config.learningRate();
        return "the learning rate (" + ReadableNumbers.format(rate) + ") is probably too large; lower it, e.g. try --lr "
                + ReadableNumbers.format(rate / 10);
    }

    private static String reason(TrainingResult result, TrainingConfig config, long plannedSteps, String interrupted) {
        return switch (result.reason()) {
            case MAX_STEPS -> "reached the step limit";
            case EPOCHS_DONE -> "finished the " + config.epochs() + " epochs asked for";
            case STEP_SIZE_BELOW_THRESHOLD -> "every parameter's step fell below min_step="
                    + ReadableNumbers.format(config.minStepSize());
            case LOSS_BELOW_TARGET -> "the loss fell below target_loss=" + ReadableNumbers.format(config.targetLoss());
            case DIVERGED, INTERRUPTED -> "STOPPED, " + UnfinishedModel.note(result, plannedSteps, interrupted).orElseThrow();
        };
    }

}
