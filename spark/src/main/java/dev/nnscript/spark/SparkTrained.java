package dev.nnscript.spark;

import dev.nnscript.dsl.files.AtomicFiles;
import dev.nnscript.dsl.files.WriteFailedException;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.TrainingResult;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.dsl.script.SavedDataPath;
import dev.nnscript.dsl.script.Script;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What {@link SparkTrainer#fit} gives: the trained script (its network learned, the settings the run
 * used) and how training went.
 */
public final class SparkTrained {

    private final Script script;
    private final TrainingResult result;

    SparkTrained(Script script, TrainingResult result) {
        this.script = script;
        this.result = result;
    }

    /** The trained network. */
    public Network network() {
        return script.network();
    }

    /** Steps, why training stopped, the final loss over every row, the recent step losses. */
    public TrainingResult result() {
        return result;
    }

    /**
     * The trained script as canonical {@code .nn} text, its data path as the script wrote it (see
     * {@link #save} for a file in another folder).
     */
    public String text() {
        return ScriptPrinter.print(script);
    }

    /**
     * Writes the trained script to {@code file} atomically (a new file renamed over the old, so a
     * reader never sees half a model); it reloads bit for bit. As {@code nnrun train --out} does, a
     * relative CSV data path is rewritten to name the same data file from {@code file}'s folder, so
     * {@code nnrun check} and {@code nnrun train} find it there.
     *
     * @throws WriteFailedException naming the file and why, after which it is unchanged
     */
    public void save(Path file) throws WriteFailedException {
        Path folder = file.toAbsolutePath().getParent();
        Script saved = SavedDataPath.relativeTo(script, folder == null ? Path.of("") : folder);
        AtomicFiles.write(file, ScriptPrinter.print(saved).getBytes(StandardCharsets.UTF_8));
    }

    /** A scoring model of the trained network, for {@code transform} or a {@code Pipeline}. */
    public NnModel model() {
        return NnModel.of(network());
    }
}
