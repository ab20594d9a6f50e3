package dev.nnscript.lsp.analysis;

import dev.nnscript.dsl.parser.NnScriptLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * A document's tokens from the language's own lexer, comments included (they sit on the hidden
 * channel), newlines and end of file left out. ANTLR counts lines from 1 and columns from 0 in code
 * points, so a token starts at nnscript column {@code charPositionInLine + 1}.
 */
public final class ScriptTokens {

    private final List<Token> tokens;

    private ScriptTokens(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    public static ScriptTokens of(String text) {
        NnScriptLexer lexer = new NnScriptLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Token> kept = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getType() != NnScriptLexer.NL) {
                kept.add(t);
            }
        }
        return new ScriptTokens(kept);
    }

    public List<Token> all() {
        return tokens;
    }

    /** The token covering the 1-based line and code-point column, or null. */
    public Token at(int line, int column) {
        for (Token t : tokens) {
            int start = t.getCharPositionInLine() + 1;
            if (t.getLine() == line && start <= column && column < start + length(t)) {
                return t;
            }
        }
        return null;
    }

    /** A token's length in code points (tokens never span lines). */
    public static int length(Token t) {
        String text = t.getText();
        return text.codePointCount(0, text.length());
    }
}
