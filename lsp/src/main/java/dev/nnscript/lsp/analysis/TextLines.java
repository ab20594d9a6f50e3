package dev.nnscript.lsp.analysis;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;

/**
 * A document's lines and the two ways of counting in them: nnscript positions are 1-based lines and
 * 1-based columns in Unicode code points (a tab is one column); LSP positions are 0-based lines and
 * 0-based columns in UTF-16 code units. Lines end at {@code \r\n}, {@code \n} or {@code \r}, as the
 * lexer's {@code NL} token does.
 */
public final class TextLines {

    private final List<String> lines;

    private TextLines(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    public static TextLines of(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return new TextLines(lines);
    }

    public int count() {
        return lines.size();
    }

    /** The 0-based line {@code index}, or the empty string past the end. */
    public String line(int index) {
        return index >= 0 && index < lines.size() ? lines.get(index) : "";
    }

    /** The LSP position of a 1-based line and code-point column (clamped to the line's end). */
    public Position toLsp(int line, int column) {
        String text = line(line - 1);
        int codePoints = text.codePointCount(0, text.length());
        int utf16 = text.offsetByCodePoints(0, Math.min(column - 1, codePoints));
        return new Position(Math.max(0, line - 1), utf16);
    }

    /** The LSP position {@code codePoints} code points after the 1-based line and column. */
    public Position toLspAfter(int line, int column, int codePoints) {
        return toLsp(line, column + codePoints);
    }

    /** The 1-based code-point column of an LSP position (its line is {@code position.getLine() + 1}). */
    public int column(Position position) {
        String text = line(position.getLine());
        int utf16 = Math.min(Math.max(0, position.getCharacter()), text.length());
        return text.codePointCount(0, utf16) + 1;
    }

    /** The position just past the last character, for edits that replace the whole document. */
    public Position end() {
        int last = lines.size() - 1;
        return new Position(last, lines.get(last).length());
    }
}
