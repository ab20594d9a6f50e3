package dev.nnscript.dsl.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Text from a user's files or command line made safe to show: every control character (ESC, NUL,
 * DEL, C1 controls, line breaks), invisible format character (bidirectional overrides, zero-width
 * marks) and line or paragraph separator is written as the tokenizer names it, {@code U+001B}. A
 * terminal then shows what the file holds instead of obeying it (an escape sequence in a comment
 * cannot recolour or clear the screen, a carriage return cannot hide the message), and the result
 * can go into XML (SVG), which forbids most control characters outright.
 */
public final class PrintableText {

    private PrintableText() {}

    /** {@code text} with every unprintable code point written as {@code U+XXXX}; null stays null. */
    public static String of(String text) {
        return of(text, false);
    }

    /** Each of {@code texts} as {@link #of(String)}, in order. */
    public static List<String> of(List<String> texts) {
        List<String> shown = new ArrayList<>(texts.size());
        for (String text : texts) {
            shown.add(of(text));
        }
        return List.copyOf(shown);
    }

    /**
     * As {@link #of(String)}, keeping tabs: for a source line shown above a caret, where a tab
     * keeps the caret under its column whatever the terminal's tab width.
     */
    public static String keepingTabs(String text) {
        return of(text, true);
    }

    /** True when {@code codePoint} is shown as {@code U+XXXX}. */
    public static boolean isUnprintable(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }

    /** How a code point is shown: itself, or {@code U+XXXX}. */
    public static String shown(int codePoint) {
        return isUnprintable(codePoint) ? String.format("U+%04X", codePoint) : Character.toString(codePoint);
    }

    private static String of(String text, boolean keepTabs) {
        if (text == null || !needsChange(text, keepTabs)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            out.append(keepTabs && cp == '\t' ? "\t" : shown(cp));
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** A plain loop first: nearly every text is printable, and this is on every diagnostic's path. */
    private static boolean needsChange(String text, boolean keepTabs) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (!(keepTabs && c == '\t')) {
                return true;
            }
        }
        return false;
    }
}
