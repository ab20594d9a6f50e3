package dev.nnscript.dsl.spec;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.Objects;

/** A name as written (an input, output, data column or report kind) and where. */
public record NameSpec(String name, SourcePosition position) {

    public NameSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
    }
}
