package dev.nnscript.dsl.validate;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.script.ReportKind;
import dev.nnscript.dsl.script.TrainingSettings;
import dev.nnscript.dsl.spec.ScriptSpec;
import java.util.List;

/**
 * What the validate pass gives: its diagnostics, and everything it read and resolved on the way,
 * so that the assemble pass builds the script from these values and reads no word again.
 *
 * <p>The values are complete only when {@link #valid()}; with errors they are what could be read.
 *
 * @param spec the spec as written: weights, data rows and predictions are taken from it as they are
 * @param facts the first of each once-only statement, the output names, the training settings
 * @param layers the layers in order, grouped and resolved
 * @param dataOptions the options of the first {@code data} line, or null when there is none
 * @param reports the {@code report} requests in order
 * @param diagnostics the validator's problems, in the order found
 */
public record ValidatedScript(ScriptSpec spec, SpecFacts facts, List<ResolvedLayer> layers,
        TrainingSettings training, DataOptions dataOptions, List<ReportKind> reports,
        List<Diagnostic> diagnostics) {

    public ValidatedScript {
        layers = List.copyOf(layers);
        reports = List.copyOf(reports);
        diagnostics = List.copyOf(diagnostics);
    }

    /** No diagnostic of the validator is an error (the parser's are the caller's to add). */
    public boolean valid() {
        return !Diagnostic.anyError(diagnostics);
    }
}
