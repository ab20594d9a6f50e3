package dev.nnscript.dsl.groovy;

import java.util.List;
import java.util.Objects;

/**
 * A bare word as a {@code .nn} file writes it, maybe with numbers in parentheses: an activation
 * ({@code relu}, {@code leaky_relu(0.1)}), an initializer ({@code he}, {@code uniform(-0.5, 0.5)})
 * or a setting word ({@code sgd}, {@code full}). Whether the word is known is the validator's call.
 */
record Word(String text, List<Number> arguments) {

    public Word {
        Objects.requireNonNull(text, "text");
        arguments = List.copyOf(arguments);
    }

    static Word of(String text, Number... arguments) {
        return new Word(text, List.of(arguments));
    }

    @Override
    public String toString() {
        return arguments.isEmpty() ? text : text + arguments;
    }
}
