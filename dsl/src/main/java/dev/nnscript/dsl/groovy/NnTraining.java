package dev.nnscript.dsl.groovy;

import dev.nnscript.core.train.StopReason;
import dev.nnscript.core.train.TrainingResult;
import dev.nnscript.dsl.print.ReadableNumbers;
import java.util.Optional;

/**
 * What {@link NnNetwork#train} gives: the trained network and how training went, with Groovy
 * property names ({@code result.loss}, {@code result.accuracy}, {@code result.network.toNn()}).
 */
public final class NnTraining {

    private final NnNetwork network;
    private final TrainingResult result;
    private final String lossName;
    private final Double accuracy;
    private final Optional<Double> heldOutAccuracy;
    private final Optional<Double> heldOutLoss;

    NnTraining(NnNetwork network, TrainingResult result, String lossName, Double accuracy,
            Optional<Double> heldOutAccuracy, Optional<Double> heldOutLoss) {
        this.network = network;
        this.result = result;
        this.lossName = lossName;
        this.accuracy = accuracy;
        this.heldOutAccuracy = heldOutAccuracy;
        this.heldOutLoss = heldOutLoss;
    }

    /** The trained network; the one trained is left as it was. */
    public NnNetwork getNetwork() {
        return network;
    }

    /** The loss over the training rows (every data row but the held-out ones) after the last step. */
    public double getLoss() {
        return result.finalLoss();
    }

    /** The loss's name as a {@code .nn} file writes it: {@code ssr}, {@code cross-entropy}, ... */
    public String getLossName() {
        return lossName;
    }

    /**
     * The share of training rows classified correctly, in [0, 1], for a network with a softmax output
     * layer; null for other networks, where "accuracy" has no single meaning.
     */
    public Double getAccuracy() {
        return accuracy;
    }

    public long getSteps() {
        return result.steps();
    }

    public StopReason getStopReason() {
        return result.reason();
    }

    /** Core's full result: loss history, epochs, divergence. */
    public TrainingResult getResult() {
        return result;
    }

    /**
     * The share of held-out rows ({@code holdout=}) classified correctly, for a softmax classifier;
     * null when no rows are held out or the network is not a classifier.
     */
    public Double getHeldOutAccuracy() {
        return heldOutAccuracy.orElse(null);
    }

    /** The loss over the held-out rows ({@code holdout=}); null when no rows are held out. */
    public Double getHeldOutLoss() {
        return heldOutLoss.orElse(null);
    }

    /**
     * As nnrun's training summary reads, numbers to four significant digits: {@code trained 1000
     * steps (200 epochs): reached the step limit; ssr loss 0.0012, accuracy 0.96, held-out loss
     * 0.05, held-out accuracy 0.9333}. The getters give the full-precision numbers.
     */
    @Override
    public String toString() {
        return "trained " + count(getSteps(), "step") + " (" + count(result.epochs(), "epoch") + "): " + reason()
                + "; " + lossName + " loss " + ReadableNumbers.format(getLoss())
                + (accuracy == null ? "" : ", accuracy " + ReadableNumbers.format(accuracy))
                + heldOutLoss.map(l -> ", held-out loss " + ReadableNumbers.format(l)).orElse("")
                + heldOutAccuracy.map(a -> ", held-out accuracy " + ReadableNumbers.format(a)).orElse("");
    }

    private String reason() {
        return switch (getStopReason()) {
            case MAX_STEPS -> "reached the step limit";
            case EPOCHS_DONE -> "finished the epochs asked for";
            case STEP_SIZE_BELOW_THRESHOLD -> "every parameter's step fell below min_step";
            case LOSS_BELOW_TARGET -> "the loss fell below target_loss";
            case DIVERGED -> "diverged, kept the last model with a finite loss";
            case INTERRUPTED -> "interrupted";
        };
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
