package dev.nnscript.core.train;

/** Why training stopped. */
public enum StopReason {
    /** The configured number of steps was done. */
    MAX_STEPS,
    /** The configured number of epochs was done. */
    EPOCHS_DONE,
    /** Every parameter's last step was smaller than the configured minimum step size. */
    STEP_SIZE_BELOW_THRESHOLD,
    /** The loss fell below the configured target. */
    LOSS_BELOW_TARGET,
    /** The loss became NaN or infinite; see {@link TrainingResult#divergence()}. */
    DIVERGED,
    /** The progress listener asked to stop (Ctrl-C in the CLI). */
    INTERRUPTED
}
