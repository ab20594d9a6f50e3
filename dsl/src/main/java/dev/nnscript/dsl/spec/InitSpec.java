package dev.nnscript.dsl.spec;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.List;
import java.util.Objects;

/** An initializer as written: {@code he}, {@code uniform(-0.5, 0.5)}, ...; checked by the validator. */
public record InitSpec(String name, List<WrittenNumber> arguments, SourcePosition position) {

    public InitSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        arguments = List.copyOf(arguments);
    }
}
