package dev.nnscript.dsl.diagnostic;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one pass; each pass owns its own list (no shared state). */
public final class DiagnosticList {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public void error(SourcePosition position, String message) {
        diagnostics.add(Diagnostic.error(position, message));
    }

    /** An error offering {@code replacement} (null: none) as its did-you-mean fix. */
    public void error(SourcePosition position, String message, Replacement replacement) {
        diagnostics.add(Diagnostic.error(position, message, replacement));
    }

    public void warning(SourcePosition position, String message) {
        diagnostics.add(Diagnostic.warning(position, message));
    }

    public void addAll(List<Diagnostic> more) {
        diagnostics.addAll(more);
    }

    /** A plain loop: batch inference asks after every one of millions of rows. */
    public boolean hasErrors() {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }

    /** A snapshot, in the order added. */
    public List<Diagnostic> toList() {
        return List.copyOf(diagnostics);
    }
}
