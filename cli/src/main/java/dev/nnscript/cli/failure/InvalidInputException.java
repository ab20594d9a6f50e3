package dev.nnscript.cli.failure;

import java.util.List;

/**
 * An invalid script or data file: exit code 1. Carries the diagnostics already rendered as text
 * ({@code file:line:col: error: ...}, source line, caret), one entry per problem.
 */
public final class InvalidInputException extends RuntimeException {

    private final List<String> diagnostics;

    public InvalidInputException(List<String> diagnostics) {
        super(String.join("\n", diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public InvalidInputException(String diagnostic) {
        this(List.of(diagnostic));
    }

    /** Rendered diagnostics, each possibly several lines long. */
    public List<String> diagnostics() { return diagnostics; }
}
