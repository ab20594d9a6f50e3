package dev.nnscript.cli.train;

import dev.nnscript.core.train.TrainingResult;
import java.util.Optional;

/**
 * Says which model a run that did not finish kept, for the summary, the "wrote" line and a comment
 * at the top of the saved file, so nobody mistakes it for a finished one.
 */
public final class UnfinishedModel {

    private UnfinishedModel() {}

    /**
     * Empty for a run that stopped by one of its own rules; otherwise, for example,
     * "training diverged (loss is NaN at step 12); kept the last model with a finite loss, after step 10".
     *
     * @param plannedSteps the steps the run would have done (see {@link TrainingSession#plannedSteps})
     */
    public static Optional<String> note(TrainingResult result, long plannedSteps) {
        return note(result, plannedSteps, CTRL_C);
    }

    /** What stopped an interrupted run on the command line. */
    public static final String CTRL_C = "interrupted by Ctrl-C";

    /**
     * As {@link #note(TrainingResult, long)}, saying how an interrupted run was stopped, such as
     * {@link #CTRL_C} or "stopped from the page".
     */
    public static Optional<String> note(TrainingResult result, long plannedSteps, String interrupted) {
        return switch (result.reason()) {
            case DIVERGED -> Optional.of("training diverged (" + result.divergence().map(d -> d.reason() + " at step "
                    + d.step()).orElse("loss not finite") + "); " + kept(result));
            case INTERRUPTED -> Optional.of("training was " + interrupted + "; kept the model " + after(result.steps())
                    + " of " + plannedSteps);
            default -> Optional.empty();
        };
    }

    private static String kept(TrainingResult result) {
        if (!Double.isFinite(result.finalLoss())) {
            return "the starting model's loss is not finite, so it was kept as it was";
        }
        return "kept the last model with a finite loss, " + after(result.steps());
    }

    private static String after(long steps) {
        return steps == 0 ? "as it was before training" : "after step " + steps;
    }
}
