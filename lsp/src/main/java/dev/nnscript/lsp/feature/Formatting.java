package dev.nnscript.lsp.feature;

import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.lsp.analysis.Analysis;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * Formatting is {@code nnrun fmt}: the same printer on the same load, as one edit replacing the
 * whole document. A script with errors is left as it is (the diagnostics say why), as {@code fmt}
 * refuses it; a script already in canonical form gets no edit.
 */
public final class Formatting {

    private Formatting() {}

    public static List<TextEdit> of(Analysis analysis) {
        return analysis.script().map(ScriptPrinter::print).filter(text -> !text.equals(analysis.text()))
                .map(text -> List.of(new TextEdit(new Range(new Position(0, 0), analysis.lines().end()), text)))
                .orElse(List.of());
    }
}
