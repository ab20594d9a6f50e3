package dev.nnscript.dsl.groovy;

import dev.nnscript.core.train.StopReason;
import dev.nnscript.core.train.TrainingResult;
import java.util.List;

/**
 * What {@link NnNetwork#train} gives: the trained network and how training went, with Groovy
 * property names ({@code result.loss}, {@code result.accuracy}, {@code result.network.toNn()}).
 */
public final class NnTraining {

    private final NnNetwork network;
    private final TrainingResult result;
    private final String lossName;
    private final Double accuracy;
    private final List<String> warnings;

    NnTraining(NnNetwork network, TrainingResult result, String lossName, Double accuracy, List<String> warnings) {
        this.network = network;
        this.result = result;
        this.lossName = lossName;
        this.accuracy = accuracy;
        this.warnings = List.copyOf(warnings);
    }

    /** The trained network; the one trained is left as it was. */
    public NnNetwork getNetwork() {
        return network;
    }

    /** The loss over every data row after the last step. */
    public double getLoss() {
        return result.finalLoss();
    }

    /** The loss's name as a {@code .nn} file writes it: {@code ssr}, {@code cross-entropy}, ... */
    public String getLossName() {
        return lossName;
    }

    /**
     * The share of data rows classified correctly, in [0, 1], for a network with a softmax output
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

    /** Things the run did not do as the script asked (such as {@code holdout=}, not applied yet). */
    public List<String> getWarnings() {
        return warnings;
    }

    /** {@code trained 1000 steps (MAX_STEPS): ssr loss 0.0012, accuracy 0.96}, with full-precision numbers. */
    @Override
    public String toString() {
        return "trained " + getSteps() + " steps (" + getStopReason() + "): " + lossName + " loss " + getLoss()
                + (accuracy == null ? "" : ", accuracy " + accuracy);
    }
}
