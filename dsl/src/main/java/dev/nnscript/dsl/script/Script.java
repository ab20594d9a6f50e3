package dev.nnscript.dsl.script;

import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.TrainingConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded {@code .nn} script: the network (its name is {@link Network#name()}, frozen parameters
 * are the layers' frozen masks), which parameters are unknown and how they are drawn, the training
 * data and settings, and what to predict and report afterwards.
 *
 * <p>Unknown parameters already hold values drawn from the seed; {@link #unknowns()} says which
 * they are so that training can start from them and the printer can write them back as {@code ?}.
 *
 * @param unknowns one entry per layer of the network
 * @param data the training data, or null when the script has none
 * @param predictions one input row per {@code predict} line, each as wide as the input
 * @param comments the source's comments for the printer; {@link SourceComments#NONE} when built in code
 */
public record Script(Network network, List<LayerUnknowns> unknowns, DataSource data, TrainingSettings training,
        List<List<Double>> predictions, List<ReportKind> reports, SourceComments comments) {

    public Script {
        Objects.requireNonNull(network, "network");
        unknowns = List.copyOf(unknowns);
        Objects.requireNonNull(training, "training");
        predictions = copies(predictions);
        reports = List.copyOf(reports);
        Objects.requireNonNull(comments, "comments");
        if (unknowns.size() != network.layers().size()) {
            throw new IllegalArgumentException("expected unknown masks for " + network.layers().size()
                    + " layers, got " + unknowns.size());
        }
    }

    /** Unmodifiable copies of the rows and of the list. */
    private static List<List<Double>> copies(List<List<Double>> rows) {
        List<List<Double>> copies = new ArrayList<>(rows.size());
        for (List<Double> row : rows) {
            copies.add(List.copyOf(row));
        }
        return List.copyOf(copies);
    }

    /** A script with just a network: no unknowns, data, settings or requests. */
    public static Script of(Network network) {
        List<LayerUnknowns> none = network.layers().stream()
                .map(l -> new LayerUnknowns(InitChoice.defaultFor(l), new boolean[l.weights().length],
                        new boolean[l.biases().length]))
                .toList();
        return new Script(network, none, null, TrainingSettings.NONE, List.of(), List.of(), SourceComments.NONE);
    }

    public Optional<DataSource> dataSource() {
        return Optional.ofNullable(data);
    }

    /** The CSV file the data line names, resolved; empty for an inline table or no data. */
    public Optional<Path> csvDataFile() {
        return data instanceof DataSource.CsvFile csv ? Optional.of(csv.resolved()) : Optional.empty();
    }

    /** Core's training configuration for this script's settings, with the language's defaults. */
    public TrainingConfig trainingConfig() {
        return TrainingConfigs.of(training, network);
    }

    /**
     * Core's unknown masks, for training from this script's starting point (frozen parameters are
     * in the layers' own masks).
     */
    public List<dev.nnscript.core.init.LayerUnknownMask> coreUnknowns() {
        return UnknownParameters.toCore(unknowns);
    }

    /** How many parameters are unknown ({@code ?}, or drawn for a whole-layer line). */
    public long unknownCount() {
        long n = 0;
        for (LayerUnknowns u : unknowns) {
            n += u.unknownCount();
        }
        return n;
    }

    public boolean hasUnknowns() {
        for (LayerUnknowns u : unknowns) {
            if (!u.noneUnknown()) {
                return true;
            }
        }
        return false;
    }

    /**
     * This script with a trained network in place of its own: every parameter now has a learned
     * value, so none is unknown any more. Data, settings, requests and comments are kept.
     */
    public Script withTrainedNetwork(Network trained) {
        return new Script(trained, of(trained).unknowns(), data, training, predictions, reports, comments);
    }

    /**
     * This script with other training settings, as a run overriding some of them trains it. When
     * the seed changes, the unknown parameters are drawn again from the new seed, so a seed given
     * at train time starts from the same weights as the same seed written in the script: one seed,
     * every random choice (initial weights, held-out rows, shuffling). A trained script has no
     * unknowns, so recording the settings a run used leaves its network as it is.
     */
    public Script withTraining(TrainingSettings settings) {
        Network start = network;
        if (settings.seedOrDefault() != training.seedOrDefault() && hasUnknowns()) {
            start = network.copy();
            UnknownParameters.draw(start, unknowns, settings.seedOrDefault());
        }
        return new Script(start, unknowns, data, settings, predictions, reports, comments);
    }

    /** This script reading other data (a CSV file named on the command line); the rest is kept. */
    public Script withData(DataSource otherData) {
        return new Script(network, unknowns, otherData, training, predictions, reports, comments);
    }

    /** This script with the comments of its source text. */
    public Script withComments(SourceComments sourceComments) {
        return new Script(network, unknowns, data, training, predictions, reports, sourceComments);
    }
}
