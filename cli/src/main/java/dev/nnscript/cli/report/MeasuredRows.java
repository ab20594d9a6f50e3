package dev.nnscript.cli.report;

import dev.nnscript.core.train.Dataset;
import java.util.Optional;

/**
 * The rows a script's {@code report loss} and {@code report accuracy} measure: the training rows (all
 * rows when nothing is held out) and the held-out rows of {@code holdout=}, both with raw inputs.
 *
 * @param training the rows training uses (or would use)
 * @param heldOut the held-out rows, or null when none are held out
 * @param trained whether the network was trained on {@code training}
 */
public record MeasuredRows(Dataset training, Dataset heldOut, boolean trained) {

    public Optional<Dataset> heldOutRows() {
        return Optional.ofNullable(heldOut);
    }

    /**
     * What kind of rows the first part is: "training" rows when the network learned from them or
     * some rows are held out; plain rows (empty) for the data of a script that does not train.
     */
    String trainingKind() {
        return trained || heldOut != null ? "training" : "";
    }
}
