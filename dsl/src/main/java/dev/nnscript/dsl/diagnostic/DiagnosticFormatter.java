package dev.nnscript.dsl.diagnostic;

import java.util.List;

/**
 * Renders diagnostics for people, as compilers do:
 *
 * <pre>
 * model.nn:3:8: error: unknown activation 'reluu' (did you mean 'relu'?)
 *   hidden reluu w=1.70 b=-0.85
 *          ^
 * </pre>
 *
 * The source line is shown when the given source (or {@link SourceLines}) has it; the caret line copies
 * the tabs of the source line so the caret stays under the column whatever the tab width.
 */
public final class DiagnosticFormatter {

    private static final String INDENT = "  ";
    private static final int MAX_SHOWN_LINE = 200;

    private DiagnosticFormatter() {}

    /** Every diagnostic, each ending in a newline. {@code source} (a script's text) may be null. */
    public static String format(List<Diagnostic> diagnostics, SourceLines source) {
        return formatWith(diagnostics, SourceLines.of(source));
    }

    /** Every diagnostic, each ending in a newline, with its line when {@code lines} knows it. */
    public static String formatWith(List<Diagnostic> diagnostics, SourceLines lines) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(formatWith(d, lines));
        }
        return out.toString();
    }

    /** One diagnostic: the header line, then the source line and caret when known. */
    public static String format(Diagnostic diagnostic, SourceLines source) {
        return formatWith(diagnostic, SourceLines.of(source));
    }

    /** One diagnostic: the header line, then the line {@code lines} knows for it and a caret. */
    public static String formatWith(Diagnostic diagnostic, SourceLines lines) {
        StringBuilder out = new StringBuilder(diagnostic.toString()).append('\n');
        lines.line(diagnostic.position()).ifPresent(line -> appendExcerpt(out, line,
                diagnostic.position().column()));
        return out.toString();
    }

    /** Very long lines (a 200,000-number list) are cut around the column so the excerpt stays readable. */
    private static void appendExcerpt(StringBuilder out, String line, int column) {
        int[] cps = line.codePoints().toArray();
        int caret = Math.min(column - 1, cps.length);
        int from = 0;
        int to = cps.length;
        if (cps.length > MAX_SHOWN_LINE) {
            from = Math.max(0, caret - MAX_SHOWN_LINE / 2);
            to = Math.min(cps.length, from + MAX_SHOWN_LINE);
        }
        String prefix = from > 0 ? "..." : "";
        String suffix = to < cps.length ? "..." : "";
        String shown = PrintableText.keepingTabs(new String(cps, from, to - from));
        out.append(INDENT).append(prefix).append(shown).append(suffix).append('\n');
        out.append(INDENT).append(" ".repeat(prefix.length()));
        for (int i = from; i < caret; i++) {
            // A control character shows as U+001B, so as many spaces keep the caret under its column.
            int width = PrintableText.isUnprintable(cps[i]) ? PrintableText.shown(cps[i]).length() : 1;
            out.append(cps[i] == '\t' ? "\t" : " ".repeat(width));
        }
        out.append("^\n");
    }
}
