package dev.nnscript.dsl.parser;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.spec.ScriptSpec;
import java.util.List;

/**
 * What the build-spec pass gives: the spec of every statement that parsed, and the problems found
 * while reading values (a word where a number belongs, an unknown parameter key, ...).
 */
public record BuildResult(ScriptSpec spec, List<Diagnostic> diagnostics) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
