package dev.nnscript.lsp.feature;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.PrintableText;
import dev.nnscript.dsl.diagnostic.Replacement;
import dev.nnscript.lsp.analysis.Analysis;
import dev.nnscript.lsp.analysis.ScriptTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Did-you-mean fixes as code actions: for each diagnostic of the latest analysis that carries a
 * {@link Replacement} and touches the requested range, an edit writing the suggestion over the
 * misspelt word. Read from the diagnostic's data, never from its message text.
 */
public final class QuickFixes {

    private QuickFixes() {}

    public static List<CodeAction> of(Analysis analysis, Range requested) {
        List<CodeAction> actions = new ArrayList<>();
        ScriptTokens tokens = ScriptTokens.of(analysis.text());
        for (Diagnostic d : analysis.result().diagnostics()) {
            Replacement fix = d.replacement();
            if (fix == null || !d.position().file().equals(analysis.fileName())) {
                continue;
            }
            Range range = DiagnosticRanges.of(d, analysis.lines(), tokens);
            if (!writtenAt(analysis, range, fix) || !touches(range, requested)) {
                continue;
            }
            CodeAction action = new CodeAction("Change '" + PrintableText.of(fix.written()) + "' to '"
                    + fix.suggested() + "'");
            action.setKind(CodeActionKind.QuickFix);
            action.setIsPreferred(true);
            action.setDiagnostics(List.of(PublishedDiagnostics.toLsp(d, range, PrintableText.of(d.message()))));
            action.setEdit(new WorkspaceEdit(Map.of(analysis.uri(), List.of(new TextEdit(range, fix.suggested())))));
            actions.add(action);
        }
        return actions;
    }

    /** The fix replaces the misspelt word only where the text really has it. */
    private static boolean writtenAt(Analysis analysis, Range range, Replacement fix) {
        String line = analysis.lines().line(range.getStart().getLine());
        return range.getStart().getLine() == range.getEnd().getLine()
                && line.substring(range.getStart().getCharacter(), range.getEnd().getCharacter()).equals(fix.written());
    }

    private static boolean touches(Range a, Range b) {
        return !before(a.getEnd(), b.getStart()) && !before(b.getEnd(), a.getStart());
    }

    private static boolean before(Position p, Position q) {
        return p.getLine() < q.getLine() || (p.getLine() == q.getLine() && p.getCharacter() < q.getCharacter());
    }
}
