package dev.nnscript.cli.data;

import java.util.Arrays;

/**
 * Splits one CSV line into fields (RFC 4180: commas separate, double quotes enclose a field that
 * may hold commas, {@code ""} is a quote inside one). Reuses its arrays from line to line, so a
 * million rows allocate only the field strings they need.
 */
final class CsvLine {

    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;
    private String line;

    /** Splits {@code text}; afterwards {@link #count()} fields are available. */
    void split(String text) {
        line = text;
        count = 0;
        int i = 0;
        int n = text.length();
        while (true) {
            int start = i;
            if (i < n && text.charAt(i) == '"') {
                i = closingQuote(text, i + 1) + 1;
            }
            while (i < n && text.charAt(i) != ',') {
                i++;
            }
            add(start, i);
            if (i >= n) {
                return;
            }
            i++;
        }
    }

    /** The index just past a quoted field's closing quote, or the line's end if it has none. */
    private static int closingQuote(String text, int from) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return text.length() - 1;
    }

    int count() { return count; }

    /** The 1-based column where field {@code f} starts. */
    int column(int f) { return starts[f] + 1; }

    /** Field {@code f}, surrounding blanks and quotes removed, doubled quotes undone. */
    String field(int f) {
        String text = line.substring(starts[f], ends[f]).strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text;
    }

    String line() { return line; }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }
}
