package dev.nnscript.dsl.source;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;

/** What the read pass gives: the text, or the diagnostics saying why there is none. */
public record ReadResult(SourceText text, List<Diagnostic> diagnostics) {

    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<SourceText> source() {
        return Optional.ofNullable(text);
    }
}
