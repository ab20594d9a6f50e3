package dev.nnscript.dsl.groovy;

import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.diagnostic.Suggestions;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.dsl.script.SavedDataPath;
import dev.nnscript.dsl.script.Script;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded network for Groovy code: predict by position ({@code net.predict(0.5)[0]}) or by name
 * ({@code net.predict(dosage: 0.5).effectiveness}), train with the script's settings or overrides,
 * and print back as canonical {@code .nn} text. Immutable: training gives a new network.
 */
public final class NnNetwork {

    private final Script script;
    private final String fileName;
    private final List<String> warnings;

    /** @param fileName the name the script's diagnostics use (its file, or the Groovy file that built it) */
    NnNetwork(Script script, String fileName, List<String> warnings) {
        this.script = Objects.requireNonNull(script, "script");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.warnings = List.copyOf(warnings);
    }

    /** The network's outputs for one input row, in the declared output order. */
    public double[] predict(double... inputs) {
        Network network = script.network();
        if (inputs.length != network.inputCount()) {
            throw new IllegalArgumentException("the network takes " + network.inputCount()
                    + (network.inputCount() == 1 ? " input (" : " inputs (") + String.join(", ", network.inputNames())
                    + ") but got " + inputs.length + (inputs.length == 1 ? " value" : " values"));
        }
        return network.predict(inputs);
    }

    /** By name: {@code net.predict(dosage: 0.5)} gives {@code [effectiveness: 1.01...]}. */
    public Map<String, Double> predict(Map<?, ?> inputs) {
        Network network = script.network();
        double[] row = new double[network.inputCount()];
        for (Map.Entry<?, ?> e : inputs.entrySet()) {
            String name = String.valueOf(e.getKey());
            int index = network.inputNames().indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("unknown input '" + name + "'"
                        + Suggestions.didYouMean(name, network.inputNames()) + "; the inputs are "
                        + String.join(", ", network.inputNames()));
            }
            if (!(e.getValue() instanceof Number n)) {
                throw new IllegalArgumentException("input '" + name + "' must be a number, not '" + e.getValue() + "'");
            }
            row[index] = n.doubleValue();
        }
        for (String name : network.inputNames()) {
            if (!inputs.containsKey(name)) {
                throw new IllegalArgumentException("missing input '" + name + "'");
            }
        }
        double[] outputs = network.predict(row);
        Map<String, Double> named = new LinkedHashMap<>();
        for (int o = 0; o < outputs.length; o++) {
            named.put(network.outputNames().get(o), outputs[o]);
        }
        return named;
    }

    /** Trains on the script's data with the script's settings. */
    public NnTraining train() {
        return train(Map.of());
    }

    /**
     * Trains with the script's settings and these on top, as {@code nnrun train} flags do:
     * {@code net.train(lr: 0.01, steps: 500, seed: 7)}; {@code data: 'other.csv'} trains on that
     * CSV file instead of the script's data.
     *
     * @throws NnScriptException when the settings or the data have problems
     */
    public NnTraining train(Map<?, ?> overrides) {
        return NetworkTraining.train(script, fileName, overrides);
    }

    /** Canonical {@code .nn} text: parsing it gives back an equal network, bit for bit. */
    public String toNn() {
        return ScriptPrinter.print(script);
    }

    /**
     * Canonical {@code .nn} text to save as {@code file}, as {@code nnrun train --out} writes it: a
     * relative CSV data path names the same data file from {@code file}'s folder.
     */
    public String toNn(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return ScriptPrinter.print(SavedDataPath.relativeTo(script, folder == null ? Path.of("") : folder));
    }

    /** As {@link #toNn(Path)}. */
    public String toNn(File file) {
        return toNn(file.toPath());
    }

    /** The network's display name, or null. */
    public String getName() {
        return script.network().name();
    }

    public List<String> getInputs() {
        return script.network().inputNames();
    }

    public List<String> getOutputs() {
        return script.network().outputNames();
    }

    /** Core's network, for the Java API. */
    public Network getNetwork() {
        return script.network();
    }

    /** The whole loaded script: network, unknowns, data, settings, predict and report lines. */
    public Script getScript() {
        return script;
    }

    /** Warnings the script loaded with, formatted as the command line shows them. */
    public List<String> getWarnings() {
        return warnings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NnNetwork n && script.equals(n.script);
    }

    @Override
    public int hashCode() {
        return script.hashCode();
    }

    @Override
    public String toString() {
        return toNn();
    }
}
