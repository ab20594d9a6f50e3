package dev.nnscript.dsl.spec;

import java.util.Locale;
import java.util.Optional;

/**
 * Words that name non-numbers ({@code NaN}, {@code inf}, {@code Infinity}, any case). Where a number
 * belongs they become a {@link WrittenNumber} with that value, so the validator can say "'NaN' is not a
 * finite number" instead of "expected a number".
 */
public final class NonFiniteWords {

    private NonFiniteWords() {}

    public static Optional<Double> value(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "nan" -> Optional.of(Double.NaN);
            case "inf", "infinity" -> Optional.of(Double.POSITIVE_INFINITY);
            default -> Optional.empty();
        };
    }
}
