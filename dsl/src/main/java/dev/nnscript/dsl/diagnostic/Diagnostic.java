package dev.nnscript.dsl.diagnostic;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in a source: where, how bad, and a message in the language's one style
 * (lower case, no final period, quoted source text, an optional "(did you mean 'x'?)").
 *
 * <p>Every pass collects these instead of throwing or printing; {@link DiagnosticFormatter} renders
 * them for people.
 */
public record Diagnostic(SourcePosition position, Severity severity, String message) {

    /** Source order: file, line, column. */
    public static final Comparator<Diagnostic> IN_SOURCE_ORDER = new InSourceOrder();

    public Diagnostic {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** True when any of {@code diagnostics} is an error. */
    public static boolean anyError(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
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

    /**
     * {@code file:line:col: error: message}, without the source line; control characters that came
     * from the user's text are shown as {@code U+001B} ({@link PrintableText}).
     */
    @Override
    public String toString() {
        return PrintableText.of(position + ": " + severity.label() + ": " + message);
    }
}
