package dev.nnscript.cli.train;

import dev.nnscript.dsl.print.ReadableNumbers;
import dev.nnscript.core.optim.OptimizerConfig;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;
import java.util.Optional;

/**
 * A hint for a plain gradient-descent run whose loss over the training rows rose, hardly fell from
 * start to end (steps too small), or fell and then stalled far from zero (steps bouncing): the usual first attempt (sgd) at a learning rate that does not suit the
 * network. Runs that stopped by a rule of their own (converged, target reached), diverged or were
 * interrupted get none; nor do other optimizers, whose runs have other reasons to look flat.
 */
final class LossTrend {

    /** A run whose loss fell by less than this share of its starting loss has stalled. */
    static final double STALLED_SHARE = 0.01;

    /** A run that ended below this share of its starting loss has learned; a late plateau is expected. */
    static final double NEAR_ZERO_SHARE = 0.01;

    private LossTrend() {}

    /**
     * Whether the step losses of the second half of {@code history} fell by less than
     * {@link #STALLED_SHARE}: the mean of a tenth of them at the middle against the last tenth
     * (means, so mini-batch noise does not decide).
     */
    static boolean stalledLate(double[] history) {
        int n = history.length;
        if (n < 4) {
            return false;
        }
        int window = Math.max(1, n / 10);
        double middle = mean(history, n / 2, window);
        double last = mean(history, n - window, window);
        return middle - last < STALLED_SHARE * middle;
    }

    private static double mean(double[] values, int from, int count) {
        double sum = 0.0;
        for (int i = from; i < from + count; i++) {
            sum += values[i];
        }
        return sum / count;
    }

    /** @param startingLoss the loss of the starting model over the same rows as {@code result.finalLoss()} */
    static Optional<String> hint(TrainingResult result, TrainingConfig config, double startingLoss) {
        boolean ranItsLength = switch (result.reason()) {
            case MAX_STEPS, EPOCHS_DONE -> true;
            default -> false;
        };
        double end = result.finalLoss();
        if (!ranItsLength || !(config.optimizer() instanceof OptimizerConfig.Sgd) || result.steps() == 0
                || !Double.isFinite(startingLoss) || !Double.isFinite(end) || startingLoss == 0.0) {
            return Optional.empty();
        }
        String rate = ReadableNumbers.format(config.learningRate());
        String smaller = " (--lr " + ReadableNumbers.format(config.learningRate() / 10) + ")";
        String fromTo = " (from " + ReadableNumbers.format(startingLoss) + " to " + ReadableNumbers.format(end) + ")";
        if (end > startingLoss) {
            return Optional.of("hint: the loss rose during training" + fromTo + "; with sgd the learning rate ("
                    + rate + ") is probably too large: try a smaller one" + smaller + ", or --optimizer adam");
        }
        // A loss that hardly fell over the whole run never fell, so it did not stop falling either: its
        // second half is flat too, and the advice is the opposite one.
        if (startingLoss - end < STALLED_SHARE * startingLoss) {
            return Optional.of("hint: the loss fell very slowly during training" + fromTo + "; with sgd try a larger"
                    + " learning rate than " + rate + " (--lr " + ReadableNumbers.format(config.learningRate() * 10)
                    + "), or --optimizer adam");
        }
        if (end > NEAR_ZERO_SHARE * startingLoss && stalledLate(result.lossHistory())) {
            return Optional.of("hint: the loss stopped falling during training" + fromTo + "; if it should go lower,"
                    + " with sgd try a smaller learning rate than " + rate + smaller + ", or --optimizer adam");
        }
        return Optional.empty();
    }
}
