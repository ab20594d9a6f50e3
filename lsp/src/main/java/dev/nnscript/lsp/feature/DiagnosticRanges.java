package dev.nnscript.lsp.feature;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.lsp.analysis.ScriptTokens;
import dev.nnscript.lsp.analysis.TextLines;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Where a diagnostic's squiggle goes. It starts exactly where {@code check} says (the diagnostic's
 * line and column) and covers the word written there: a did-you-mean's misspelt word, else the
 * script token starting at that column, else the text up to the next space or comma (a CSV cell).
 */
public final class DiagnosticRanges {

    private DiagnosticRanges() {}

    /** @param tokens the script's tokens, or null for a data file */
    public static Range of(Diagnostic d, TextLines lines, ScriptTokens tokens) {
        SourcePosition at = d.position();
        Position start = lines.toLsp(at.line(), at.column());
        return new Range(start, lines.toLspAfter(at.line(), at.column(), span(d, lines, tokens)));
    }

    private static int span(Diagnostic d, TextLines lines, ScriptTokens tokens) {
        SourcePosition at = d.position();
        String line = lines.line(at.line() - 1);
        int[] cps = line.codePoints().toArray();
        int from = Math.min(at.column() - 1, cps.length);
        String rest = new String(cps, from, cps.length - from);
        if (d.replacement() != null && rest.startsWith(d.replacement().written())) {
            String written = d.replacement().written();
            return written.codePointCount(0, written.length());
        }
        Token token = tokens == null ? null : tokens.at(at.line(), at.column());
        if (token != null) {
            return token.getCharPositionInLine() + ScriptTokens.length(token) - from;
        }
        int n = 0;
        while (from + n < cps.length && !Character.isWhitespace(cps[from + n]) && cps[from + n] != ',') {
            n++;
        }
        return n;
    }
}
