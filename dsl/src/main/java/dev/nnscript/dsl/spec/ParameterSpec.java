package dev.nnscript.dsl.spec;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.Objects;

/** One weight or bias: a known number, or {@code ?} (unknown: initialized from the seed and learned). */
public record ParameterSpec(WrittenNumber number, SourcePosition position) {

    public ParameterSpec {
        Objects.requireNonNull(position, "position");
    }

    public static ParameterSpec known(WrittenNumber number) {
        return new ParameterSpec(Objects.requireNonNull(number, "number"), number.position());
    }

    public static ParameterSpec unknown(SourcePosition position) {
        return new ParameterSpec(null, position);
    }

    public boolean isUnknown() {
        return number == null;
    }
}
