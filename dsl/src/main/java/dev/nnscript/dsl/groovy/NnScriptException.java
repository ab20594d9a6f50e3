package dev.nnscript.dsl.groovy;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.DiagnosticFormatter;
import java.util.List;

/**
 * A script, its data or its training settings have problems. The message is every diagnostic as
 * the command line shows them ({@code model.groovy:3:1: error: ...}), one per line.
 */
public final class NnScriptException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    NnScriptException(LoadResult result) {
        super(result.formattedDiagnostics().stripTrailing());
        this.diagnostics = result.diagnostics();
    }

    NnScriptException(List<Diagnostic> diagnostics) {
        super(DiagnosticFormatter.format(diagnostics, null).stripTrailing());
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Each problem with its position and message. */
    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }
}
