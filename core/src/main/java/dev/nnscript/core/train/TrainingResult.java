package dev.nnscript.core.train;

import dev.nnscript.core.network.Network;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link Trainer#train}.
 *
 * @param network the trained network (a copy; the caller's network is untouched). After a
 *     divergence, the last parameters whose loss was finite.
 * @param reason why training stopped
 * @param steps updates done (and kept)
 * @param epochs full passes over the data among the kept steps (epochs completed): 50 full-batch
 *     steps are 50 epochs; 12 steps of 5 batches per epoch are 2
 * @param finalLoss the loss of {@code network} over the whole data set, measured after training
 * @param lossHistory the last (up to {@link Trainer#HISTORY_LENGTH}) step losses, oldest first:
 *     entry i is the loss of step {@code firstHistoryStep + i}'s batch before its update
 * @param firstHistoryStep the 1-based step of {@code lossHistory[0]}
 * @param divergence where and why, when {@code reason} is {@link StopReason#DIVERGED}
 */
public record TrainingResult(Network network, StopReason reason, long steps, long epochs, double finalLoss,
        double[] lossHistory, long firstHistoryStep, Optional<Divergence> divergence) {

    public TrainingResult {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(lossHistory, "lossHistory");
        Objects.requireNonNull(divergence, "divergence");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingResult r && network.equals(r.network) && reason == r.reason
                && steps == r.steps && epochs == r.epochs
                && Double.doubleToLongBits(finalLoss) == Double.doubleToLongBits(r.finalLoss)
                && Arrays.equals(lossHistory, r.lossHistory) && firstHistoryStep == r.firstHistoryStep
                && divergence.equals(r.divergence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(network, reason, steps, epochs, finalLoss, Arrays.hashCode(lossHistory));
    }

    @Override
    public String toString() {
        return "TrainingResult[" + reason + " after " + steps + " steps, loss " + finalLoss
                + divergence.map(d -> ", " + d).orElse("") + "]";
    }
}
