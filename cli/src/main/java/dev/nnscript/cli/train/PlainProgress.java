package dev.nnscript.cli.train;

import dev.nnscript.dsl.print.ReadableNumbers;
import java.io.PrintWriter;

/**
 * Progress for a log or a pipe: a line at every tenth of the planned steps, such as
 * {@code step 300/1000 (30%)  loss 0.1234}.
 */
final class PlainProgress extends StepProgress {

    private static final int LINES = 10;

    private final PrintWriter err;
    private final long plannedSteps;
    private long nextLine;

    PlainProgress(CtrlC ctrlC, PrintWriter err, long plannedSteps) {
        super(ctrlC);
        this.err = err;
        this.plannedSteps = plannedSteps;
        this.nextLine = Math.max(1, plannedSteps / LINES);
    }

    @Override
    void show(long step, double loss) {
        if (step >= nextLine) {
            err.println("step " + step + "/" + plannedSteps + " (" + (long) (100.0 * step / plannedSteps) + "%)  loss "
                    + ReadableNumbers.format(loss));
            err.flush();
            nextLine += Math.max(1, plannedSteps / LINES);
        }
    }

    @Override
    public void close() {
        err.flush();
    }
}
