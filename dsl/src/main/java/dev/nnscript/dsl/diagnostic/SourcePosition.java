package dev.nnscript.dsl.diagnostic;

import java.util.Objects;

/**
 * Where something is in a source file: the file's name as the user gave it, a 1-based line and a
 * 1-based column counted in Unicode code points (a tab counts as one column).
 */
public record SourcePosition(String file, int line, int column) {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based, not " + line + ":" + column);
        }
    }

    /** The start of a file, for problems that belong to no particular line (such as a missing input). */
    public static SourcePosition startOf(String file) {
        return new SourcePosition(file, 1, 1);
    }

    /** {@code file:line:col}, as compilers write it. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
