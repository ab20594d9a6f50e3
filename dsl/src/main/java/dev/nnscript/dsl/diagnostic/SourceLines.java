package dev.nnscript.dsl.diagnostic;

import dev.nnscript.dsl.source.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * Where {@link DiagnosticFormatter} finds the line a diagnostic points at, to show it above the
 * caret: a script's text, the rows of a data file, or several of these.
 */
@FunctionalInterface
public interface SourceLines {

    /** No line is known: diagnostics are shown without an excerpt. */
    SourceLines NONE = position -> Optional.empty();

    /** The text of the line {@code position} is on, without its line end; empty when unknown. */
    Optional<String> line(SourcePosition position);

    /** The lines of {@code source}, for positions in its file; null gives {@link #NONE}. */
    static SourceLines of(SourceText source) {
        if (source == null) {
            return NONE;
        }
        return position -> source.fileName().equals(position.file()) ? source.line(position.line())
                : Optional.empty();
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
