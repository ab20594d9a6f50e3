package dev.nnscript.dsl.parser;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.antlr.v4.runtime.Token;

/**
 * Which lines of a script hold code, comments or nothing: what the formatter needs to put comments
 * and blank lines back. Lines are 1-based, as in diagnostics.
 *
 * @param code lines with at least one token that is not a comment
 * @param comments every comment's text (trailing spaces removed) by its line; a line has at most one
 * @param lineCount the number of lines, counting a last line without a line end
 */
public record SourceLayout(BitSet code, Map<Integer, String> comments, int lineCount) {

    public SourceLayout {
        code = (BitSet) code.clone();
        comments = Map.copyOf(comments);
    }

    /** The layout of a lexed script: every token, on every channel, in order. */
    static SourceLayout of(List<Token> tokens) {
        BitSet code = new BitSet();
        Map<Integer, String> comments = new TreeMap<>();
        int lines = 0;
        for (Token t : tokens) {
            int line = t.getLine();
            if (t.getType() == NnScriptLexer.COMMENT) {
                comments.put(line, t.getText().stripTrailing());
            } else if (t.getType() == NnScriptLexer.NL) {
                lines = Math.max(lines, line);
            } else if (t.getType() != Token.EOF) {
                code.set(line);
            }
            lines = Math.max(lines, line);
        }
        return new SourceLayout(code, comments, lines);
    }

    public boolean isCode(int line) {
        return code.get(line);
    }

    /** The comment on this line (after code or alone), or null. */
    public String comment(int line) {
        return comments.get(line);
    }

    public boolean isBlank(int line) {
        return !isCode(line) && comment(line) == null;
    }
}
