package dev.nnscript.core.train;

import dev.nnscript.core.gradient.Gradients;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.optim.Optimizer;
import java.util.Optional;

/**
 * One training run: the workspace, sized once by the constructor, and the loop. Call order per
 * step: take a batch and measure its loss and gradients ({@link Batches}: forward and backward
 * here, or on the machines holding the rows); stop if the loss is not
 * finite or below the target; remember the parameters; update; stop if a parameter overflowed; tell
 * the listener; stop if every step size was below the minimum. The loop allocates nothing.
 *
 * <p>A parameter that overflows usually makes the next loss non-finite, but not always (a ReLU unit
 * whose weights went to -Infinity is dead: its output is 0 and the loss stays finite), so the
 * parameters are watched too. Scanning them every step would cost as much as the update, so the loop
 * keeps an upper bound on every |parameter| instead: the largest at the start plus each step's
 * largest |change| (rounding is monotone, so the bound holds in floating point). Only when the bound
 * passes the largest double are the parameters scanned, and the bound reset to the largest of them.
 */
final class TrainingRun {

    private final ProgressListener listener;
    private final Batches batches;
    /** The gradients: the same arrays every step, looked up once. */
    private final Gradients gradients;
    private final Optimizer optimizer;
    private final ParameterSnapshot lastFinite;
    private final LossHistory history = new LossHistory(Trainer.HISTORY_LENGTH);
    /** The settings the loop reads every step, copied out of the config: a read instead of a call. */
    private final long epochs;
    private final long maxSteps;
    private final double learningRate;
    private final double targetLoss;
    private final double minStepSize;
    /** Batches in one pass over the data; the last may be partial. */
    private final long batchesPerEpoch;
    private long steps;
    /** The 1-based epoch under way (epochs begun), as the listener is told. */
    private long epoch;
    private Divergence divergence;
    /** At least every |parameter|: see the class comment. NaN or infinite when one may not be finite. */
    private double parameterBound;

    /**
     * @param network the network to train in place (with the run's ReLU setting applied)
     * @param batches the batches of {@code network}'s training rows
     */
    TrainingRun(Network network, Batches batches, TrainingConfig config, ProgressListener listener) {
        this.listener = listener;
        this.batches = batches;
        this.batchesPerEpoch = batches.perEpoch();
        this.gradients = batches.gradients();
        this.optimizer = Optimizer.create(config.optimizer(), network);
        this.lastFinite = new ParameterSnapshot(network);
        this.epochs = config.epochs();
        this.maxSteps = config.maxSteps();
        this.learningRate = config.learningRate();
        this.targetLoss = config.targetLoss();
        this.minStepSize = config.minStepSize();
        this.parameterBound = lastFinite.largestMagnitude();
        if (!Double.isFinite(parameterBound)) {
            throw new IllegalArgumentException("the network has a parameter that is " + parameterBound
                    + "; training starts from finite parameters");
        }
    }

    /** Trains, then reports on {@code result}, a network sharing the trained arrays. */
    TrainingResult run(Network result) {
        StopReason reason = loop();
        double finalLoss = batches.fullLoss();
        if (reason != StopReason.DIVERGED && !Double.isFinite(finalLoss)) {
            reason = diverge(finalLoss);
            finalLoss = batches.fullLoss();
        }
        return new TrainingResult(result, reason, steps, epochsCompleted(), finalLoss, history.toArray(),
                history.firstStep(), Optional.ofNullable(divergence));
    }

    private StopReason loop() {
        StopReason reason = null;
        while (reason == null) {
            reason = step();
        }
        return reason;
    }

    /**
     * One turn of the loop: null to go on, or why training stops. A method of its own so that the
     * JIT compiles it after a few hundred steps; a loop body is only compiled on the spot after tens
     * of thousands of turns, which short runs (StatQuest's 10,000 steps) never reach.
     */
    private StopReason step() {
        if (batches.epochDone()) {
            if (epochs > 0 && epoch == epochs) {
                return StopReason.EPOCHS_DONE;
            }
            epoch++; // the sampler begins it with the next batch
        }
        if (maxSteps > 0 && steps == maxSteps) {
            return StopReason.MAX_STEPS;
        }
        double value = batches.next();
        if (!Double.isFinite(value)) {
            return diverge(value);
        }
        if (value < targetLoss) {
            return StopReason.LOSS_BELOW_TARGET;
        }
        lastFinite.take();
        double largestStep = optimizer.step(gradients, learningRate);
        parameterBound += largestStep;
        if (!(parameterBound <= Double.MAX_VALUE) && !parametersFinite()) {
            return divergeOnParameters();
        }
        steps++;
        history.add(value);
        if (!listener.onStep(steps, epoch, value, largestStep)) {
            return StopReason.INTERRUPTED;
        }
        if (largestStep < minStepSize) {
            return StopReason.STEP_SIZE_BELOW_THRESHOLD;
        }
        return null;
    }

    /**
     * Full passes over the data among the kept steps. Counted from the steps, not from the epochs
     * begun: a run stopped at a step limit has begun the next epoch without doing any of it, and a
     * divergence undoes steps.
     */
    private long epochsCompleted() {
        return steps / batchesPerEpoch;
    }

    /**
     * The parameters left by the last update gave a non-finite loss, {@code value}: go back to those
     * before it, whose loss was finite (the initial parameters when no update was done).
     */
    private StopReason diverge(double value) {
        divergence = new Divergence(steps + 1, "loss is " + value);
        if (steps > 0) {
            lastFinite.restore();
            steps--;
            history.dropLast();
        }
        return StopReason.DIVERGED;
    }

    /** Scans the parameters after the bound passed the largest double; resets the bound when all are finite. */
    private boolean parametersFinite() {
        parameterBound = lastFinite.largestMagnitude();
        return Double.isFinite(parameterBound);
    }

    /**
     * This step's update made a parameter non-finite (its loss was finite, measured before the
     * update): undo the update, keeping the parameters whose loss was measured last.
     */
    private StopReason divergeOnParameters() {
        divergence = new Divergence(steps + 1, "a parameter became " + parameterBound);
        lastFinite.restore();
        parameterBound = lastFinite.largestMagnitude();
        return StopReason.DIVERGED;
    }
}
