package dev.nnscript.dsl.diagnostic;

import java.util.List;
import java.util.Optional;

/**
 * Where {@link DiagnosticFormatter} finds the line a diagnostic points at, to show it above the
 * caret: a script's text, the rows of a data file, or several of these. The read pass's types
 * implement it, so this package (which every pass uses) needs none of them.
 */
@FunctionalInterface
public interface SourceLines {

    /** No line is known: diagnostics are shown without an excerpt. */
    SourceLines NONE = position -> Optional.empty();

    /** The text of the line {@code position} is on, without its line end; empty when unknown. */
    Optional<String> line(SourcePosition position);

    /** {@code source} itself, or {@link #NONE} for null (no text to show, as for a Groovy closure). */
    static SourceLines of(SourceLines source) {
        return source == null ? NONE : source;
    }

    /** The first of {@code sources} that knows a position's line. */
    static SourceLines anyOf(List<SourceLines> sources) {
        return position -> {
            for (SourceLines source : sources) {
                Optional<String> line = source.line(position);
                if (line.isPresent()) {
                    return line;
                }
            }
            return Optional.empty();
        };
    }
}
