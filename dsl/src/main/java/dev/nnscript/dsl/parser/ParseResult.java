package dev.nnscript.dsl.parser;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import java.util.List;

/**
 * What the parse pass gives: the parse tree (always present; statements with syntax errors are
 * marked by ANTLR's recovery), the syntax errors, at most one per line, and where the comments and
 * blank lines are.
 */
public record ParseResult(NnScriptParser.ScriptContext tree, List<Diagnostic> diagnostics, SourceLayout layout) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
