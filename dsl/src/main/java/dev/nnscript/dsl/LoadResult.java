package dev.nnscript.dsl;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.DiagnosticFormatter;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.source.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * What loading a script gives: the script when there is no error, and every diagnostic (errors,
 * or only warnings on success) in source order.
 *
 * @param script the loaded script, or null when some diagnostic is an error
 * @param source the decoded text, or null when the file could not be read as text
 */
public record LoadResult(Script script, List<Diagnostic> diagnostics, SourceText source) {

    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
        if ((script == null) == !Diagnostic.anyError(diagnostics)) {
            throw new IllegalArgumentException("a result has a script exactly when it has no error");
        }
    }

    public boolean succeeded() {
        return script != null;
    }

    public Optional<Script> loaded() {
        return Optional.ofNullable(script);
    }

    /** Every diagnostic rendered for people: {@code file:line:col: error: message}, source line, caret. */
    public String formattedDiagnostics() {
        return DiagnosticFormatter.format(diagnostics, source);
    }
}
