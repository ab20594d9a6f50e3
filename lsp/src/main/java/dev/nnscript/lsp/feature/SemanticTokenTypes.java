package dev.nnscript.lsp.feature;

import dev.nnscript.core.activation.Activations;
import dev.nnscript.dsl.parser.NnScriptLexer;
import dev.nnscript.lsp.analysis.ScriptTokens;
import dev.nnscript.lsp.analysis.TextLines;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * Semantic tokens from the language's lexer: statement keywords, activations (functions), setting
 * keys (properties), word values and report kinds (enum members), numbers, strings, comments,
 * names (variables) and {@code =} (operator). Encoded as LSP wants: per token, the line and start
 * relative to the previous token, the length, the type index and no modifiers, columns in UTF-16.
 */
public final class SemanticTokenTypes {

    /** The legend's order gives each type its index. */
    public static final List<String> TYPES = List.of("keyword", "function", "property", "enumMember", "number",
            "string", "comment", "variable", "operator");

    private SemanticTokenTypes() {}

    public static SemanticTokensLegend legend() {
        return new SemanticTokensLegend(TYPES, List.of());
    }

    public static SemanticTokens of(String text) {
        TextLines lines = TextLines.of(text);
        List<Token> tokens = ScriptTokens.of(text).all();
        List<Integer> data = new ArrayList<>();
        int lastLine = 0;
        int lastStart = 0;
        int statement = -1;
        int statementLine = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean first = t.getChannel() == Token.DEFAULT_CHANNEL && t.getLine() != statementLine;
            if (first) {
                statementLine = t.getLine();
                statement = t.getType();
            }
            int type = type(t, first, statement, i + 1 < tokens.size() ? tokens.get(i + 1) : null,
                    i > 0 ? tokens.get(i - 1) : null);
            if (type < 0) {
                continue;
            }
            Position at = lines.toLsp(t.getLine(), t.getCharPositionInLine() + 1);
            int deltaLine = at.getLine() - lastLine;
            data.add(deltaLine);
            data.add(deltaLine == 0 ? at.getCharacter() - lastStart : at.getCharacter());
            data.add(t.getText().length());
            data.add(type);
            data.add(0);
            lastLine = at.getLine();
            lastStart = at.getCharacter();
        }
        return new SemanticTokens(data);
    }

    /** The legend index for {@code t}, or -1 for punctuation and errors. */
    private static int type(Token t, boolean first, int statement, Token next, Token previous) {
        switch (t.getType()) {
            case NnScriptLexer.COMMENT: return TYPES.indexOf("comment");
            case NnScriptLexer.STRING, NnScriptLexer.UNTERMINATED_STRING: return TYPES.indexOf("string");
            case NnScriptLexer.NUMBER, NnScriptLexer.NUMBER_LIST, NnScriptLexer.QUESTION:
                return TYPES.indexOf("number");
            case NnScriptLexer.EQUALS: return TYPES.indexOf("operator");
            case NnScriptLexer.HYPHENATED: return TYPES.indexOf("enumMember");
            case NnScriptLexer.NAME_RANGE: return TYPES.indexOf("variable");
            case NnScriptLexer.FREEZE, NnScriptLexer.END: return TYPES.indexOf("keyword");
            default: break;
        }
        if (t.getType() == NnScriptLexer.IDENT || isKeyword(t.getType())) {
            if (first) {
                return TYPES.indexOf("keyword");
            }
            if (next != null && next.getType() == NnScriptLexer.EQUALS) {
                return TYPES.indexOf("property");
            }
            if (previous != null && previous.getType() == NnScriptLexer.EQUALS || statement == NnScriptLexer.REPORT) {
                return TYPES.indexOf("enumMember");
            }
            boolean node = statement == NnScriptLexer.HIDDEN_KW || statement == NnScriptLexer.OUTPUT;
            if (node && Activations.NAMES.contains(t.getText())) {
                return TYPES.indexOf("function");
            }
            return TYPES.indexOf("variable");
        }
        return -1;
    }

    private static boolean isKeyword(int type) {
        return switch (type) {
            case NnScriptLexer.NETWORK, NnScriptLexer.INPUT, NnScriptLexer.HIDDEN_KW, NnScriptLexer.LAYER,
                    NnScriptLexer.OUTPUT, NnScriptLexer.DATA, NnScriptLexer.TRAIN, NnScriptLexer.PREDICT,
                    NnScriptLexer.REPORT -> true;
            default -> false;
        };
    }
}
