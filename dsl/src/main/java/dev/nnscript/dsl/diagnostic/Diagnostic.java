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
 *
 * @param replacement the did-you-mean fix the message offers, as data, or null when it offers none
 */
public record Diagnostic(SourcePosition position, Severity severity, String message, Replacement replacement) {

    /** Source order: file, line, column. */
    public static final Comparator<Diagnostic> IN_SOURCE_ORDER = new InSourceOrder();

    public Diagnostic {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public Diagnostic(SourcePosition position, Severity severity, String message) {
        this(position, severity, message, null);
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

    /** An error whose message ends in {@code replacement}'s did-you-mean (null: none). */
    public static Diagnostic error(SourcePosition position, String message, Replacement replacement) {
        return new Diagnostic(position, Severity.ERROR, message, replacement);
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
