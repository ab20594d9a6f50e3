package dev.nnscript.dsl.data;

import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;

/** A script's training data as core's {@link Dataset}, or the diagnostics saying why there is none. */
public record DataResult(Dataset dataset, List<Diagnostic> diagnostics) {

    public DataResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<Dataset> loaded() {
        return Optional.ofNullable(dataset);
    }
}
