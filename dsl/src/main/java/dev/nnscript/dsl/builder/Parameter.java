package dev.nnscript.dsl.builder;

import java.util.Objects;

/**
 * One weight or bias of a node line: a known number ({@code Parameter.of(-0.85)}) or
 * {@link Unknown#UNKNOWN}, the language's {@code ?} (initialized from the seed and learned).
 */
public sealed interface Parameter permits Parameter.Known, Unknown {

    /** @param value any number; it is checked (finite) as a {@code .nn} file's would be */
    static Parameter of(Number value) {
        return new Known(value);
    }

    /** A number, kept as given so a message shows it as written ({@code 16}, {@code 1.70}). */
    record Known(Number value) implements Parameter {
        public Known {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return SpecValues.numberText(value);
        }
    }

}
