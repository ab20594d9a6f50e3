package dev.nnscript.dsl.parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/** The wording of syntax errors, from the offending token and the tokens the grammar expected. */
final class SyntaxMessages {

    /** Tokens that may stand where a name is expected (the grammar's {@code name} rule). */
    private static final Set<Integer> NAME_TOKENS = Set.of(NnScriptLexer.IDENT, NnScriptLexer.NETWORK,
            NnScriptLexer.INPUT, NnScriptLexer.HIDDEN_KW, NnScriptLexer.LAYER, NnScriptLexer.OUTPUT,
            NnScriptLexer.DATA, NnScriptLexer.TRAIN, NnScriptLexer.PREDICT, NnScriptLexer.REPORT,
            NnScriptLexer.FREEZE, NnScriptLexer.HYPHENATED);

    private static final int MAX_QUOTED = 24;
    private static final String STATEMENT =
            "a statement (network, input, hidden, layer, output, data, train, predict or report)";

    /** A message and the token it should point at. */
    record Located(Token token, String text) {}

    private SyntaxMessages() {}

    static Located describe(Parser parser, Token found, IntervalSet expected) {
        switch (found.getType()) {
            case NnScriptLexer.UNTERMINATED_STRING:
                return new Located(found, "unterminated string: a closing '\"' is missing");
            case NnScriptLexer.ERROR_CHAR:
                return new Located(found, "unexpected character " + character(found.getText()));
            default:
                break;
        }
        TokenStream tokens = parser.getInputStream();
        if (found.getType() == NnScriptLexer.EQUALS && isMissingValue(tokens)) {
            Token key = tokens.LT(-3);
            return new Located(tokens.LT(-1), "missing value after '" + key.getText() + "='");
        }
        ParserRuleContext data = enclosing(parser.getContext(), NnScriptParser.InlineDataStatementContext.class);
        if (data != null && found.getType() == Token.EOF) {
            return new Located(data.getStart(), "this data table has no 'end' line");
        }
        if (startsLine(tokens, found) && found.getType() != Token.EOF && found.getType() != NnScriptLexer.NL
                && parser.getContext() instanceof NnScriptParser.ScriptContext) {
            return new Located(found, "expected " + STATEMENT + " but found " + describe(found));
        }
        return new Located(found, "expected " + describe(expected) + " but found " + describe(found));
    }

    /** True when {@code token} is the first on its line (comments and blanks are not tokens here). */
    private static boolean startsLine(TokenStream tokens, Token token) {
        int index = token.getTokenIndex();
        return index == 0 || (index > 0 && tokens.get(index - 1).getType() == NnScriptLexer.NL);
    }

    /** {@code w= b=1}: the parser took {@code b} as w's value and then met the second '='. */
    private static boolean isMissingValue(TokenStream tokens) {
        return tokens.index() >= 3 && tokens.LT(-1).getType() == NnScriptLexer.IDENT
                && tokens.LT(-2).getType() == NnScriptLexer.EQUALS
                && tokens.LT(-3).getType() == NnScriptLexer.IDENT;
    }

    private static ParserRuleContext enclosing(ParserRuleContext context, Class<?> type) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            if (type.isInstance(c)) {
                return c;
            }
        }
        return null;
    }

    /** How a found token reads: {@code 'x'}, {@code end of line}, {@code end of file}. */
    static String describe(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "end of file";
            case NnScriptLexer.NL -> "end of line";
            default -> quote(token.getText());
        };
    }

    /** How a set of expected tokens reads: {@code a number, '?' or '['}. */
    static String describe(IntervalSet expected) {
        List<Integer> types = expected.toList();
        if (types.contains(NnScriptLexer.HIDDEN_KW) && types.contains(NnScriptLexer.INPUT)
                && types.contains(NnScriptLexer.OUTPUT)) {
            return STATEMENT;
        }
        Set<String> parts = new LinkedHashSet<>();
        for (int type : types) {
            parts.add(describeType(type, types.contains(NnScriptLexer.IDENT)));
        }
        parts.remove("");
        return joinAlternatives(new ArrayList<>(parts));
    }

    private static String describeType(int type, boolean nameExpected) {
        if (nameExpected && NAME_TOKENS.contains(type)) {
            return type == NnScriptLexer.IDENT ? "a name" : "";
        }
        return switch (type) {
            case Token.EOF -> "end of file";
            case NnScriptLexer.NL -> "end of line";
            case NnScriptLexer.NUMBER -> "a number";
            case NnScriptLexer.IDENT -> "a name";
            case NnScriptLexer.HYPHENATED -> "a word";
            case NnScriptLexer.STRING -> "a quoted string";
            default -> NnScriptLexer.VOCABULARY.getLiteralName(type) == null ? ""
                    : NnScriptLexer.VOCABULARY.getLiteralName(type);
        };
    }

    private static String joinAlternatives(List<String> parts) {
        if (parts.isEmpty()) {
            return "something else";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    /** Quoted source text, shortened when long. */
    static String quote(String text) {
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
        return "'" + shown + "'";
    }

    /** A stray character, visible even when it is invisible: {@code '%'} or {@code U+00A0}. */
    private static String character(String text) {
        int cp = text.codePointAt(0);
        if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT) {
            return String.format("U+%04X", cp);
        }
        return "'" + text + "'";
    }
}
