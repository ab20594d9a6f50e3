package dev.nnscript.cli.script;

import dev.nnscript.dsl.script.Script;
import java.nio.file.Path;
import java.util.Optional;

/**
 * When {@code nnrun FILE} trains, and what it says when it does not. A script trains while it has
 * something to learn: unknown ({@code ?}) parameters, data and a {@code train} line. A script whose
 * every parameter has a value (a trained model, or a network written out in full) runs as written;
 * {@code nnrun train} trains on purpose. Unknown parameters that are not trained hold their
 * initial values, and whatever the network computes then is flagged.
 */
public final class RunRule {

    private RunRule() {}

    /** Whether {@code nnrun FILE} trains {@code script} before its predict and report lines. */
    public static boolean trains(Script script) {
        return hasTrainingLines(script) && script.hasUnknowns();
    }

    /** Whether the script says how to train: data and a {@code train} line. */
    public static boolean hasTrainingLines(Script script) {
        return script.data() != null && !script.training().isEmpty();
    }

    /**
     * The note for a script with data and a {@code train} line that runs as written because
     * nothing in it is unknown; empty for other scripts.
     */
    public static Optional<String> runsAsWrittenNote(Script script, Path file) {
        if (!hasTrainingLines(script) || script.hasUnknowns()) {
            return Optional.empty();
        }
        return Optional.of(file + ": note: every parameter has a value (none is ?), so the network runs as written,"
                + " without training; to train it (again): nnrun train " + file + " --out TRAINED.nn");
    }

    /**
     * The warning for outputs computed while some parameters are unknown and untrained (their
     * values come from the initializers); empty when every parameter has a value.
     */
    public static Optional<String> untrainedWarning(Script script, Path file) {
        long unknown = script.unknownCount();
        if (unknown == 0) {
            return Optional.empty();
        }
        return Optional.of(file + ": warning: " + unknown + " of " + script.network().parameterCount()
                + " parameters are unknown (?) and not trained, so the outputs come from their initial values;"
                + " train first: nnrun train " + file + " --out TRAINED.nn");
    }
}
