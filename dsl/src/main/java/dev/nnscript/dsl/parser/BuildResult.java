package dev.nnscript.dsl.parser;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.spec.ScriptSpec;
import java.util.List;

/**
 * What the build-spec pass gives: the spec of every statement that parsed, and the problems found
 * while reading values (a word where a number belongs, an unknown parameter key, ...).
 *
 * @param complete false when a statement was left out because part of it could not be read (a bad
 *     name range, a syntax error other than in a predict, report or train line), so the validator
 *     skips checks that a missing statement would mislead
 */
public record BuildResult(ScriptSpec spec, List<Diagnostic> diagnostics, boolean complete) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
