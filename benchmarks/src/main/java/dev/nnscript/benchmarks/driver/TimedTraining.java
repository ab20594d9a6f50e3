package dev.nnscript.benchmarks.driver;

import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.ProgressListener;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;

/**
 * One timed {@code Trainer.train} call: {@code seconds} from the call to the end of its last step, as
 * the PyTorch, DL4J and hand-written loops time theirs, and {@code secondsWithFinalLoss} to its
 * return, with the loss over every row it measures afterwards for its result. Nothing but the call
 * is timed (no lambda is made between the clock readings: the JVM's first one takes milliseconds).
 */
record TimedTraining(TrainingResult result, double seconds, double secondsWithFinalLoss) {

    /** Trains {@code start} for exactly {@code steps} steps; fails when it stops sooner. */
    static TimedTraining train(String workload, Network start, Dataset data, TrainingConfig config, long steps) {
        LastStepClock clock = new LastStepClock(steps);
        long begin = System.nanoTime();
        TrainingResult result = Trainer.train(start, data, config, clock);
        long returned = System.nanoTime();
        if (result.steps() != steps || clock.endedAt == 0) {
            throw new IllegalStateException(workload + " stopped after " + result.steps() + " of " + steps
                    + " steps (" + result.reason() + "): its time would not be comparable");
        }
        return new TimedTraining(result, (clock.endedAt - begin) / 1e9, (returned - begin) / 1e9);
    }

    /** Notes when the last step ends: reads the clock at that step only, one comparison per step. */
    private static final class LastStepClock implements ProgressListener {
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
}
