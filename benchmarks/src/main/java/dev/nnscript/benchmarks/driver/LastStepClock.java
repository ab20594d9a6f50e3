package dev.nnscript.benchmarks.driver;

import dev.nnscript.core.train.ProgressListener;

/**
 * Notes when a training's last step ends, so that a workload is timed to the end of its loop, as
 * the PyTorch and DL4J sides time theirs, without the loss over every row that {@code Trainer.train}
 * measures afterwards for its result. Only reads the clock at that step, so the training pays one
 * comparison per step for it.
 */
final class LastStepClock implements ProgressListener {

    private final long lastStep;
    /** {@link System#nanoTime()} at the end of the last step; 0 until then. */
    long endedAt;

    LastStepClock(long lastStep) {
        this.lastStep = lastStep;
    }

    @Override
    public boolean onStep(long step, long epoch, double loss, double maxStepSize) {
        if (step == lastStep) {
            endedAt = System.nanoTime();
        }
        return true;
    }
}
