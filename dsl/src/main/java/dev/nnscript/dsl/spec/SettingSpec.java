package dev.nnscript.dsl.spec;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.Objects;

/**
 * One {@code key=value} pair of a {@code train} line or a {@code data} line, kept as written so
 * that the checks (and their messages) live in one place for both the parser and the Groovy builder.
 *
 * @param position where the key is written
 */
public record SettingSpec(String key, SettingValue value, SourcePosition position) {

    public SettingSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(position, "position");
    }
}
