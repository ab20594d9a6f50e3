package dev.nnscript.spark;

import dev.nnscript.dsl.files.AtomicFiles;
import dev.nnscript.dsl.files.WriteFailedException;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.TrainingResult;
import dev.nnscript.dsl.print.ScriptPrinter;
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

    /** The trained script as canonical {@code .nn} text, as {@code nnrun train} saves it. */
    public String text() {
        return ScriptPrinter.print(script);
    }

    /**
     * Writes {@link #text()} to {@code file} atomically (a new file renamed over the old, so a reader
     * never sees half a model); it reloads bit for bit.
     *
     * @throws WriteFailedException naming the file and why, after which it is unchanged
     */
    public void save(Path file) throws WriteFailedException {
        AtomicFiles.write(file, text().getBytes(StandardCharsets.UTF_8));
    }

    /** A scoring model of the trained network, for {@code transform} or a {@code Pipeline}. */
    public NnModel model() {
        return NnModel.of(network());
    }
}
