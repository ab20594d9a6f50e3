package dev.nnscript.cli.serve;

import dev.nnscript.cli.report.FitReport;
import dev.nnscript.cli.train.TrainingSession;
import dev.nnscript.cli.train.TrainingSummary;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.optim.OptimizerConfig;
import dev.nnscript.core.train.Evaluation;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.dsl.data.DataResult;
import dev.nnscript.dsl.script.EffectiveSettings;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.script.TrainingConfigs;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One page's network: the script as loaded, then as the page edited or trained it. Edits are
 * refused while a training runs or is paused; a finished training's network becomes the
 * session's (its train line listing the settings used), and reset puts back the network from
 * before the training began. Every change raises {@link #version}, which the page's event stream
 * waits on.
 */
final class EditSession {

    /** How long a reset waits for the step under way to end; steps of small networks take microseconds. */
    static final long RELEASE_WAIT_MILLIS = 5_000;
    /** How a training the page stopped reads in its summary (the command line says Ctrl-C). */
    static final String STOPPED = "stopped from the page";

    private final ServedScript served;
    private final TrainingSlots slots;
    private final Object versionLock = new Object();
    private long version;

    private Script script;
    private Script beforeTraining;
    private LiveTraining training;
    /** What the last finished training says, as {@code nnrun train} prints it; empty before. */
    private String summary = "";

    EditSession(ServedScript served, TrainingSlots slots) {
        this.served = served;
        this.slots = slots;
        this.script = served.script();
    }

    ServedScript served() {
        return served;
    }

    /** The network the page shows: the training's latest while one runs, else the session's. */
    synchronized Network network() {
        return trainingActive() ? training.latest() : script.network();
    }

    /**
     * The script to save or download (the session's network, its data, settings and comments):
     * refused while a training runs or is paused, whose network is
     * half-trained under a train line that says otherwise. Stop keeps the network trained so far,
     * and its summary says so.
     */
    synchronized Script scriptToSave() {
        if (trainingActive()) {
            throw HttpProblem.conflict("a training is under way; stop it (the network trained so far is kept) or"
                    + " wait until it finishes, then save");
        }
        return script;
    }

    synchronized boolean trainingPaused() {
        return training != null && training.state() == LiveTraining.State.PAUSED;
    }

    synchronized boolean trainingActive() {
        return training != null && training.state() != LiveTraining.State.DONE;
    }

    /** Sets one weight ({@code weight} true) or bias of layer {@code layer} (0 is the first hidden layer). */
    synchronized void setParameter(int layer, boolean weight, int index, double value) {
        if (trainingActive()) {
            throw HttpProblem.conflict("a training is under way; stop or reset it before editing the network");
        }
        Network edited = script.network().copy();
        if (layer >= edited.layers().size()) {
            throw HttpProblem.badRequest("field 'layer' must be below " + edited.layers().size()
                    + " (the network has " + edited.layers().size() + " layers)");
        }
        DenseLayer target = edited.layer(layer);
        double[] values = weight ? target.weights() : target.biases();
        if (index >= values.length) {
            throw HttpProblem.badRequest("field 'index' must be below " + values.length + " (layer " + (layer + 1)
                    + " has " + values.length + (weight ? " weights)" : " biases)"));
        }
        values[index] = value;
        script = script.withTrainedNetwork(edited);
        training = null;
        summary = ""; // the edited network is not the one the summary describes
        touch();
    }

    /** Back to the script as loaded: every edit and training undone. */
    synchronized void revert() {
        discardTraining();
        script = served.script();
        summary = "";
        touch();
    }

    /** Ends a training under way and waits (briefly) for its slot: the page is being replaced. */
    synchronized void discard() {
        discardTraining();
    }

    /** Ends a training under way, without waiting for it. */
    synchronized void close() {
        if (trainingActive()) {
            training.stop();
        }
    }

    /** start (or resume), pause, step, stop or reset. */
    synchronized void act(String action) {
        switch (action) {
            case "start" -> {
                if (trainingActive()) {
                    training.resume();
                } else {
                    begin(false);
                }
            }
            case "step" -> {
                if (trainingActive()) {
                    training.stepOnce();
                } else {
                    begin(true);
                }
            }
            case "pause" -> activeTraining().pause();
            case "stop" -> activeTraining().stop();
            case "reset" -> {
                if (training != null) {
                    discardTraining();
                    script = beforeTraining;
                    summary = "";
                }
            }
            default -> throw HttpProblem.badRequest("field 'action' must be start, pause, step, stop or reset, not '"
                    + action + "'");
        }
        touch();
    }

    private LiveTraining activeTraining() {
        if (!trainingActive()) {
            throw HttpProblem.conflict("no training is under way; start one first");
        }
        return training;
    }

    /** Stops a training under way and waits (briefly) for its slot, so the next start finds it free. */
    private void discardTraining() {
        if (trainingActive()) {
            training.stop();
            training.awaitRelease(RELEASE_WAIT_MILLIS);
        }
        training = null;
    }

    private void begin(boolean oneStep) {
        if (served.dataProblem() != null) {
            throw HttpProblem.conflict("this script cannot train here: " + served.dataProblem());
        }
        TrainingConfig config = TrainingConfigs.of(script.training(), script.network());
        DataResult data = served.trainingData(script, config.seed());
        if (data.loaded().isEmpty()) {
            throw HttpProblem.conflict("this script cannot train here: its data could not be read");
        }
        Network start = data.startingNetwork(script);
        // Only a plain sgd run is judged by how its loss moved, as nnrun train does (LossTrend).
        double startingLoss = config.optimizer() instanceof OptimizerConfig.Sgd
                ? Evaluation.loss(start, data.trainingRows(), config.loss()) : Double.NaN;
        slots.take();
        beforeTraining = script;
        summary = "";
        training = new LiveTraining(start, data, config, this::touch, slots::give, done -> finished(done, startingLoss));
        training.start(oneStep, 1);
    }

    /** On the training thread, once it has ended: the trained network becomes the session's. */
    private synchronized void finished(LiveTraining done, double startingLoss) {
        try {
            if (done != training) {
                return; // discarded by reset or revert
            }
            if (done.result() == null) {
                summary = "training could not start: " + done.failure();
                script = beforeTraining;
                return;
            }
            script = script.withTrainedNetwork(done.latest()).withTraining(EffectiveSettings.of(done.config()));
            StringWriter text = new StringWriter();
            long planned = TrainingSession.plannedSteps(done.data().trainingRows(), done.config());
            PrintWriter lines = new PrintWriter(text);
            TrainingSummary.print(done.result(), done.config(), planned, done.data().trainingRows().rows(),
                    startingLoss, STOPPED, lines);
            // The held-out rows' lines, as nnrun train prints them after its summary.
            done.data().heldOutRows().ifPresent(held -> {
                lines.println(FitReport.heldOutLoss(done.latest(), done.config().loss(), held));
                if (done.latest().outputLayer().isSoftmax()) {
                    lines.println(FitReport.heldOutAccuracy(done.latest(), held));
                }
            });
            lines.flush();
            summary = text.toString();
        } finally {
            // Done, with the result taken in, in one change under this lock (see trainingSnapshot).
            done.end();
        }
    }

    /**
     * The training as the page shows it, read at one moment with the session's version at that
     * moment. Snapshots are made one at a time under this lock; a new training, a change of its
     * state and a new summary each happen under this lock and raise the version, and in between a
     * training only moves its step forward. So of two snapshots the later-made has the higher
     * version, or the same version and a step no lower: the page keeps the latest by that order,
     * whatever order the answers reach it in.
     */
    synchronized TrainingSnapshot trainingSnapshot() {
        LiveTraining.Progress progress = training == null ? null : training.progress();
        TrainingConfig config = training != null ? training.config() : TrainingConfigs.of(script.training(),
                script.network());
        Long plannedSteps = training == null ? null
                : TrainingSession.plannedSteps(training.data().trainingRows(), config);
        return new TrainingSnapshot(version(), script, config, progress, plannedSteps, summary);
    }

    long version() {
        synchronized (versionLock) {
            return version;
        }
    }

    /** Waits until the version passes {@code seen}, or {@code millis} have passed; returns the version. */
    long awaitChange(long seen, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        synchronized (versionLock) {
            while (version == seen) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                versionLock.wait(left);
            }
            return version;
        }
    }

    private void touch() {
        synchronized (versionLock) {
            version++;
            versionLock.notifyAll();
        }
    }
}
