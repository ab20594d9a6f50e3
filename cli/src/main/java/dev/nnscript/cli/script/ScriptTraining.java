package dev.nnscript.cli.script;

import dev.nnscript.cli.failure.InvalidInputException;
import dev.nnscript.cli.report.FitReport;
import dev.nnscript.cli.train.CompilerChoice;
import dev.nnscript.cli.train.TrainingFlags;
import dev.nnscript.cli.train.TrainingSession;
import dev.nnscript.cli.train.UnfinishedModel;
import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;
import dev.nnscript.dsl.data.DataResult;
import dev.nnscript.dsl.data.ScriptData;
import dev.nnscript.dsl.diagnostic.PrintableText;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.script.DataSource;
import dev.nnscript.dsl.script.EffectiveSettings;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.script.TrainingConfigs;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Trains a loaded script as {@code nnrun train} and {@code nnrun FILE} do: its data (or the
 * {@code --data} file), its settings with the command-line overrides on top, progress and summary on
 * standard error. Returns the script with the trained network in place of its own, the data it was
 * trained on and every setting the run used.
 * {@code nnrun FILE} also loads data here for the reports of a script that does not train.
 */
public final class ScriptTraining {

    private final PrintWriter err;
    private final boolean terminal;

    public ScriptTraining(PrintWriter err) {
        this.err = err;
        this.terminal = Boolean.getBoolean("nnrun.stderr.tty");
    }

    /**
     * The trained script, the run's result, and the data and settings it used.
     *
     * @param data the training rows, raw inputs (without the held-out rows)
     * @param heldOut the held-out rows ({@code holdout=}), raw inputs, or null when none are held out
     */
    public record Trained(Script script, TrainingResult result, Dataset data, Dataset heldOut, TrainingConfig config) {

        /** Which model was kept, when training stopped by Ctrl-C or diverged; empty otherwise. */
        public Optional<String> unfinishedNote() {
            return UnfinishedModel.note(result, TrainingSession.plannedSteps(data, config));
        }
    }

    /**
     * Trains on the training rows of the script's data (the {@code holdout=} rows set aside by the
     * seed), with inputs scaled when it says {@code scale=minmax}; the trained network takes raw
     * inputs. With held-out rows, their loss (and accuracy) follow the summary on standard error.
     *
     * @throws IllegalArgumentException when an override's value is invalid (a usage error)
     * @throws InvalidInputException when the data cannot be used
     */
    public Trained train(Script script, Path scriptFile, TrainingFlags overrides) {
        Script withData = withData(script, overrides);
        Script toTrain = toTrain(withData, overrides);
        TrainingConfig config = config(toTrain, overrides);
        DataResult data = load(toTrain, scriptFile, config.seed());
        TrainingResult result;
        try {
            result = new TrainingSession(err, terminal).train(data.startingNetwork(toTrain), data.trainingRows(), config);
        } catch (IllegalArgumentException e) {
            // The trainer's own checks: data or loss that do not fit the network.
            throw new InvalidInputException(PrintableText.of(scriptFile + ": error: " + e.getMessage()));
        }
        Network trained = data.rawInputNetwork(result.network());
        data.heldOutRows().ifPresent(held -> summarizeHeldOut(trained, config.loss(), held));
        // The trained script names the data it was trained on and every setting the run used.
        Script saved = withData.withTrainedNetwork(trained).withTraining(EffectiveSettings.of(config));
        return new Trained(saved, result, data.dataset(), data.heldOut(), config);
    }

    /**
     * Empty when this JVM is to train the script; else the exit code of the JVM with the optimizing
     * compiler that trained it instead ({@link CompilerChoice}). Decided before the data are loaded ({@link PlannedRows}), and
     * only when the script and its data are regular files, which the new JVM can read again.
     *
     * @throws IllegalArgumentException when an override's value is invalid (a usage error)
     */
    public OptionalInt trainedElsewhere(Script script, Path scriptFile, TrainingFlags overrides) {
        if (!CompilerChoice.mayHandOver() || !Files.isRegularFile(scriptFile)) {
            return OptionalInt.empty();
        }
        Script toTrain = toTrain(withData(script, overrides), overrides);
        OptionalLong rows = toTrain.dataSource().map(PlannedRows::of).orElse(OptionalLong.empty());
        return rows.isPresent()
                ? CompilerChoice.trainElsewhereIfLarge(toTrain.network(), rows.getAsLong(), config(toTrain, overrides))
                : OptionalInt.empty();
    }

    private static Script withData(Script script, TrainingFlags overrides) {
        return overrides.data == null ? script : withDataFile(script, overrides.data);
    }

    /** The effective seed draws the unknown weights and picks the held-out rows, as seed= in the script does. */
    private static Script toTrain(Script withData, TrainingFlags overrides) {
        return withData.withTraining(overrides.applyTo(withData.training()));
    }

    private static TrainingConfig config(Script toTrain, TrainingFlags overrides) {
        return overrides.withThreads(TrainingConfigs.of(toTrain.training(), toTrain.network()));
    }

    private void summarizeHeldOut(Network network, Loss loss, Dataset heldOut) {
        err.println(FitReport.heldOutLoss(network, loss, heldOut));
        if (network.outputLayer().isSoftmax()) {
            err.println(FitReport.heldOutAccuracy(network, heldOut));
        }
        err.flush();
    }

    private static Script withDataFile(Script script, Path file) {
        DataSource csv = new DataSource.CsvFile(file.toString(), file,
                script.dataSource().map(DataSource::options).orElse(DataOptions.NONE));
        return script.withData(csv);
    }

    /**
     * The script's data, split by {@code seed}; warnings go to standard error.
     *
     * @throws InvalidInputException when the data cannot be used
     */
    public DataResult load(Script script, Path scriptFile, long seed) {
        DataResult data = ScriptData.load(script, scriptFile.toString(), seed);
        if (data.loaded().isEmpty()) {
            throw new InvalidInputException(DataMessages.format(data.diagnostics(), scriptFile, script.data())
                    .stripTrailing());
        }
        if (!data.diagnostics().isEmpty()) {
            err.print(DataMessages.format(data.diagnostics(), scriptFile, script.data()));
        }
        return data;
    }
}
