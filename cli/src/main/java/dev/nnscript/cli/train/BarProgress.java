package dev.nnscript.cli.train;

import dev.nnscript.dsl.print.ReadableNumbers;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress for a terminal: a bar on standard error with the steps done and the latest loss,
 * redrawn a few times a second by the progress bar library's own thread.
 */
final class BarProgress extends StepProgress {

    /** How often the loss text is refreshed: formatting it every step would cost more than a step. */
    private static final long MESSAGE_INTERVAL_NANOS = 100_000_000L;

    private final ProgressBar bar;
    private long nextMessage;

    BarProgress(CtrlC ctrlC, long plannedSteps) {
        super(ctrlC);
        this.nextMessage = System.nanoTime();
        this.bar = new ProgressBarBuilder()
                .setTaskName("training")
                .setInitialMax(plannedSteps)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(100)
                .continuousUpdate()
                .build();
    }

    @Override
    void show(long step, double loss) {
        bar.stepTo(step);
        long now = System.nanoTime();
        if (now - nextMessage >= 0) {
            bar.setExtraMessage("loss " + ReadableNumbers.format(loss));
            nextMessage = now + MESSAGE_INTERVAL_NANOS;
        }
    }

    @Override
    public void close() {
        bar.close();
    }
}
