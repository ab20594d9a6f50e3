package dev.nnscript.cli.train;

import dev.nnscript.core.train.ProgressListener;

/**
 * Shows training progress and passes on a stop request (Ctrl-C): returns false from
 * {@link #onStep} once one came, so training stops after the step it finished.
 */
abstract class StepProgress implements ProgressListener, AutoCloseable {

    private final CtrlC ctrlC;

    StepProgress(CtrlC ctrlC) {
        this.ctrlC = ctrlC;
    }

    @Override
    public final boolean onStep(long step, long epoch, double loss, double maxStepSize) {
        show(step, loss);
        return !ctrlC.pressed();
    }

    /** Called after every step; must be cheap (it runs inside the training loop). */
    abstract void show(long step, double loss);

    /** Ends the display (a final bar or line). */
    @Override
    public abstract void close();
}
