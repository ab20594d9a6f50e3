package dev.nnscript.dsl.spec;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.Objects;

/**
 * An activation as written, such as {@code relu} or {@code leaky_relu(0.1)}; the validator checks
 * the name and the parameter.
 *
 * @param parameter the number in parentheses, or null
 */
public record ActivationSpec(String name, WrittenNumber parameter, SourcePosition position) {

    public ActivationSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
    }
}
