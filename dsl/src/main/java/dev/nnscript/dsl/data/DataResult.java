package dev.nnscript.dsl.data;

import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.script.Script;
import java.util.List;
import java.util.Optional;

/**
 * A script's data as core {@link Dataset}s, or the diagnostics saying why there are none.
 *
 * <p>Both data sets hold raw inputs, as in the file, so the saved (raw-input) model can be measured on
 * them. To train with the script's {@code scale=minmax}: train {@link #startingNetwork} on
 * {@link #trainingRows}, then turn the result back with {@link #rawInputNetwork}. Without scaling
 * these are the rows and networks themselves, so callers need no special case.
 *
 * @param dataset the training rows (every row but the held-out ones), or null on error
 * @param heldOut the held-out rows ({@code holdout=}), or null when none are held out
 * @param scaling the input scaling worked out from the training rows; identity without
 *     {@code scale=minmax}; null on error
 */
public record DataResult(Dataset dataset, Dataset heldOut, InputScaling scaling, List<Diagnostic> diagnostics) {

    public DataResult {
        diagnostics = List.copyOf(diagnostics);
        if (dataset != null && scaling == null) {
            scaling = InputScaling.none(dataset.inputCount());
        }
    }

    /** Every row for training, no held-out rows, no scaling. */
    public DataResult(Dataset dataset, List<Diagnostic> diagnostics) {
        this(dataset, null, null, diagnostics);
    }

    public Optional<Dataset> loaded() {
        return Optional.ofNullable(dataset);
    }

    public Optional<Dataset> heldOutRows() {
        return Optional.ofNullable(heldOut);
    }

    /** The training rows as the trainer should see them: inputs scaled when the script asks. */
    public Dataset trainingRows() {
        return scaling.scale(dataset);
    }

    /** The script's network, taking scaled inputs: where training starts (a copy). */
    public Network startingNetwork(Script script) {
        return scaling.toScaledInputs(script.network(), script.unknowns().get(0));
    }

    /** A network trained on {@link #trainingRows}, turned to take raw inputs: the one to save. */
    public Network rawInputNetwork(Network trainedOnScaledRows) {
        return scaling.toRawInputs(trainedOnScaledRows);
    }
}
