package dev.nnscript.dsl.parser;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Turns the parser's error reports (already worded by {@link SyntaxErrorStrategy}) into
 * diagnostics, keeping the first per line: after one syntax error the rest of a line is noise.
 */
final class SyntaxErrorCollector extends BaseErrorListener {

    private final String fileName;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<Integer> linesWithErrors = new HashSet<>();

    SyntaxErrorCollector(String fileName) {
        this.fileName = fileName;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
            String message, RecognitionException e) {
        if (linesWithErrors.add(line)) {
            diagnostics.add(Diagnostic.error(new SourcePosition(fileName, line, charPositionInLine + 1), message));
        }
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
