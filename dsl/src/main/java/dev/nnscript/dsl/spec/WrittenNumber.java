package dev.nnscript.dsl.spec;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.Objects;

/**
 * A number as written: its double value, the text it came from (for messages such as
 * "number '1e999' is out of range"), and where. The value may be NaN or infinite here; the
 * validator reports that.
 */
public record WrittenNumber(double value, String text, SourcePosition position) {

    public WrittenNumber {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
    }

    /** A number from a program (the Groovy builder) rather than from source text. */
    public static WrittenNumber of(double value, SourcePosition position) {
        return new WrittenNumber(value, Double.toString(value), position);
    }

    /** True when the text is a whole number written without a point or exponent, such as {@code 16}. */
    public boolean isPlainInteger() {
        return text.matches("[+-]?[0-9]+");
    }
}
