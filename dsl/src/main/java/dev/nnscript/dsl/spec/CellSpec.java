package dev.nnscript.dsl.spec;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.Objects;

/** One cell of an inline data table: a number or a class label, as written. */
public record CellSpec(String text, SourcePosition position) {

    public CellSpec {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
    }
}
