package dev.nnscript.dsl.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a source: where, how bad, and a message in the language's one style
 * (lower case, no final period, quoted source text, an optional "(did you mean 'x'?)").
 *
 * <p>Every pass collects these instead of throwing or printing; {@link DiagnosticFormatter} renders
 * them for people.
 */
public record Diagnostic(SourcePosition position, Severity severity, String message) {

    /**
     * Source order: file, line, column. One comparison written out: every script load sorts its
     * diagnostics, and the JDK's comparator combinators make lambda classes at run time that the
     * class-data archive does not keep, milliseconds of a one-shot {@code nnrun} run.
     */
    public static final Comparator<Diagnostic> IN_SOURCE_ORDER = Diagnostic::compareInSource;

    public Diagnostic {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    private static int compareInSource(Diagnostic a, Diagnostic b) {
        SourcePosition p = a.position();
        SourcePosition q = b.position();
        int byFile = p.file().compareTo(q.file());
        if (byFile != 0) {
            return byFile;
        }
        return p.line() != q.line() ? Integer.compare(p.line(), q.line()) : Integer.compare(p.column(), q.column());
    }

    public static Diagnostic error(SourcePosition position, String message) {
        return new Diagnostic(position, Severity.ERROR, message);
    }

    public static Diagnostic warning(SourcePosition position, String message) {
        return new Diagnostic(position, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message}, without the source line. */
    @Override
    public String toString() {
        return position + ": " + severity.label() + ": " + message;
    }
}
