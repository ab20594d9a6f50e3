package dev.nnscript.dsl.groovy;

import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.Evaluation;
import dev.nnscript.core.train.ProgressListener;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;
import dev.nnscript.dsl.builder.CallerPosition;
import dev.nnscript.dsl.builder.TrainingSettingsMerge;
import dev.nnscript.dsl.data.DataResult;
import dev.nnscript.dsl.data.ScriptData;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.script.DataSource;
import dev.nnscript.dsl.script.EffectiveSettings;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.script.TrainingConfigs;
import dev.nnscript.dsl.script.TrainingSettings;
import dev.nnscript.dsl.validate.TrainingSettingsReader;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One training run as {@code nnrun train} does it: the script's data (or a {@code data:} CSV file
 * instead), its settings with the overrides on top, core's trainer. Nothing is printed.
 */
final class NetworkTraining {

    private NetworkTraining() {}

    /**
     * @param overrides {@code train} settings ({@code lr}, {@code steps}, {@code seed}, ...) and
     *     {@code data}: a CSV file (File, Path or String) to train on instead of the script's data
     * @throws NnScriptException when the settings or the data have problems
     */
    static NnTraining train(Script script, String fileName, Map<?, ?> overrides) {
        Map<String, Object> settings = GroovyArgs.named(overrides);
        Object dataFile = settings.remove("data");
        SourcePosition at = CallerPosition.userCode().get();
        Script withData = dataFile == null ? script : withDataFile(script, dataFile, at);
        DiagnosticList diagnostics = new DiagnosticList();
        // Read as a train line's settings, so a mistake reads as it would in a .nn file.
        TrainingSettings overriding = TrainingSettingsReader.read(new GroovyValues(diagnostics).settings(settings, at),
                diagnostics);
        TrainingSettings merged = TrainingSettingsMerge.merge(withData.training(), overriding);
        if (diagnostics.hasErrors()) {
            throw new NnScriptException(diagnostics.toList());
        }
        // The merged seed draws the unknown weights and picks the held-out rows, as nnrun train's --seed does.
        Script toTrain = withData.withTraining(merged);
        TrainingConfig config = TrainingConfigs.of(merged, toTrain.network());
        DataResult data = load(toTrain, fileName);
        TrainingResult result;
        try {
            // Train on the training rows as the script scales them, then save a raw-input network.
            result = Trainer.train(data.startingNetwork(toTrain), data.trainingRows(), config,
                    ProgressListener.NONE);
        } catch (IllegalArgumentException e) {
            // The trainer's own checks: data or a loss that do not fit the network.
            throw new NnScriptException(List.of(Diagnostic.error(at, e.getMessage())));
        }
        Network network = data.rawInputNetwork(result.network());
        // As nnrun train saves it: the data it was trained on and every setting the run used.
        Script saved = withData.withTrainedNetwork(network).withTraining(EffectiveSettings.of(config));
        NnNetwork trained = new NnNetwork(saved, fileName, List.of());
        return new NnTraining(trained, result, config.loss().name(),
                accuracy(network, data.dataset()), data.heldOutRows().map(rows -> accuracy(network, rows)),
                data.heldOutRows().map(rows -> Evaluation.loss(network, rows, config.loss())));
    }

    /** The share of rows classified right, for a softmax classifier; null for other networks. */
    private static Double accuracy(Network network, Dataset rows) {
        return network.outputLayer().isSoftmax() ? Evaluation.accuracy(network, rows) : null;
    }

    /** The file named by {@code train(data: ...)} at {@code at}, the call's line: a missing file is reported there. */
    private static Script withDataFile(Script script, Object file, SourcePosition at) {
        Path path = file instanceof File f ? f.toPath() : file instanceof Path p ? p : Path.of(String.valueOf(file));
        DataSource csv = new DataSource.CsvFile(path.toString(), path,
                script.dataSource().map(DataSource::options).orElse(DataOptions.NONE), at);
        return script.withData(csv);
    }

    private static DataResult load(Script script, String fileName) {
        DataResult data = ScriptData.load(script, fileName);
        if (data.loaded().isEmpty()) {
            throw new NnScriptException(data.diagnostics());
        }
        return data;
    }
}
