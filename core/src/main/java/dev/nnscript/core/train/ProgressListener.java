package dev.nnscript.core.train;

/**
 * Told about every step as it completes; returns false to stop training after that step (the CLI's
 * Ctrl-C). Called on the training thread with primitives only, so the loop allocates nothing.
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * A listener that never stops training. A class, not a lambda: a lambda's first call links a call
     * site, which a cold training run would pay for (docs/speed.md).
     */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public boolean onStep(long step, long epoch, double loss, double maxStepSize) {
            return true;
        }
    };

    /**
     * @param step how many updates are done, from 1
     * @param epoch the 1-based epoch this step belongs to
     * @param loss the loss of this step's batch, measured before its update
     * @param maxStepSize the largest |change| this step made to any trainable parameter
     * @return true to go on, false to stop with {@link StopReason#INTERRUPTED}
     */
    boolean onStep(long step, long epoch, double loss, double maxStepSize);
}
