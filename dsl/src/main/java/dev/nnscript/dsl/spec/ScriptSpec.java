package dev.nnscript.dsl.spec;

import java.util.List;
import java.util.Objects;

/**
 * A whole script as written: its statements in source order. Nothing is checked yet; see
 * {@code dev.nnscript.dsl.validate.ScriptValidator}.
 *
 * @param fileName the name diagnostics use for the script
 */
public record ScriptSpec(String fileName, List<StatementSpec> statements) {

    public ScriptSpec {
        Objects.requireNonNull(fileName, "fileName");
        statements = List.copyOf(statements);
    }
}
