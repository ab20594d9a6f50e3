package dev.nnscript.cli.serve;

import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.ProgressListener;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;
import dev.nnscript.dsl.data.DataResult;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One training run of a page, on a background thread: the core trainer with the script's settings
 * and stop rules, training a network in place so the page can watch it. Between steps it can be
 * paused, stepped one step at a time, resumed, stopped (keeping the network trained so far) or
 * discarded. A snapshot of the network (taking raw inputs) is published at most every
 * {@link #PUBLISH_NANOS} and whenever it pauses; {@code changed} is told each time.
 *
 * <p>Locking: the training thread holds this object's lock inside {@link #onStep} and {@link #end},
 * and calls out to {@code changed} (which must not take a lock held while calling into this object)
 * from them, so every change a page can see is announced before the lock is let go: a
 * {@link #progress} read under the same lock as the session's version belongs to that version.
 */
final class LiveTraining implements ProgressListener {

    enum State { RUNNING, PAUSED, DONE }

    /** The training at one moment: its state, last step and the loss curve up to that step. */
    record Progress(State state, long step, long epoch, double loss, LossPoints.Curve curve) {}

    static final long PUBLISH_NANOS = 50_000_000L;

    private final Network live;
    private final DataResult data;
    private final TrainingConfig config;
    private final Runnable changed;
    private final Consumer<LiveTraining> finished;
    private final Runnable release;
    private final CountDownLatch released = new CountDownLatch(1);
    private final LossPoints losses = new LossPoints();

    private State state;
    /** Steps still to do before pausing again, when paused (a single step). */
    private long stepsToGo;
    private boolean stopRequested;
    private long step;
    private long epoch;
    private double lastLoss = Double.NaN;
    private long lastPublish;
    private volatile Network latest;
    private volatile TrainingResult result;
    private volatile String failure;

    /**
     * @param start where training starts, taking the inputs the trainer sees (scaled when the
     *     script scales); trained in place
     * @param release gives back the training's slot, first thing when training has ended
     * @param finished told on the training thread when training has ended, however it ended; it
     *     calls {@link #end} once it has taken the result in (else it is called right after)
     */
    LiveTraining(Network start, DataResult data, TrainingConfig config, Runnable changed, Runnable release,
            Consumer<LiveTraining> finished) {
        this.live = start;
        this.data = data;
        this.config = config;
        this.changed = changed;
        this.finished = finished;
        this.release = release;
        this.latest = data.rawInputNetwork(start.copy());
    }

    /** Starts the thread: running, or paused after {@code steps} steps when {@code paused}. */
    void start(boolean paused, long steps) {
        synchronized (this) {
            state = paused ? State.PAUSED : State.RUNNING;
            stepsToGo = steps;
        }
        Thread thread = new Thread(this::run, "nnrun-serve-training");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            result = Trainer.trainInPlace(live, data.trainingRows(), config, this);
            latest = data.rawInputNetwork(result.network());
        } catch (IllegalArgumentException e) {
            // The trainer's own checks: data or loss that do not fit the network.
            failure = e.getMessage();
        } finally {
            release.run();
            released.countDown();
            // The session adopts the result and calls end() under its own lock, so no snapshot of
            // the session shows the training done without its result, or the result beside a
            // training still running.
            finished.accept(this);
            end();
        }
    }

    /** Marks the training done and announces it, once; {@code finished} calls it after adopting the result. */
    synchronized void end() {
        if (state != State.DONE) {
            state = State.DONE;
            changed.run();
        }
    }

    @Override
    public boolean onStep(long stepsDone, long epochNow, double loss, double maxStepSize) {
        synchronized (this) {
            losses.add(stepsDone, loss);
            step = stepsDone;
            epoch = epochNow;
            lastLoss = loss;
            if (state == State.PAUSED && stepsToGo > 0) {
                stepsToGo--;
            }
            boolean pausing = state == State.PAUSED && stepsToGo == 0;
            long now = System.nanoTime();
            if (pausing || now - lastPublish >= PUBLISH_NANOS) {
                lastPublish = now;
                latest = data.rawInputNetwork(live.copy());
                changed.run();
            }
            while (state == State.PAUSED && stepsToGo == 0 && !stopRequested) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopRequested = true;
                }
            }
            return !stopRequested;
        }
    }

    synchronized void resume() {
        if (state != State.DONE) {
            state = State.RUNNING;
            notifyAll();
        }
    }

    synchronized void pause() {
        if (state == State.RUNNING) {
            state = State.PAUSED;
            stepsToGo = 0;
        }
    }

    /** One more step, then paused again. */
    synchronized void stepOnce() {
        if (state != State.DONE) {
            state = State.PAUSED;
            stepsToGo = 1;
            notifyAll();
        }
    }

    /** Ends training after the step under way (the trainer reports it interrupted). */
    synchronized void stop() {
        stopRequested = true;
        notifyAll();
    }

    /**
     * Waits until the training's slot is given back (after {@link #stop}, at the end of the step
     * under way), at most {@code millis}. Takes no lock the training thread needs on its way there.
     */
    void awaitRelease(long millis) {
        try {
            released.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized State state() {
        return state;
    }

    /** State, step, loss and loss curve, read together. */
    synchronized Progress progress() {
        return new Progress(state, step, epoch, lastLoss, losses.curve());
    }

    /** The network as of the last published step, taking raw inputs. */
    Network latest() {
        return latest;
    }

    /** The trainer's result once done (null before, or when training failed to start). */
    TrainingResult result() {
        return result;
    }

    /** Why the trainer refused to start, or null. */
    String failure() {
        return failure;
    }

    TrainingConfig config() {
        return config;
    }

    DataResult data() {
        return data;
    }
}
