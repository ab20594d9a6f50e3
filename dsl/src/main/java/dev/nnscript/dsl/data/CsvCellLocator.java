package dev.nnscript.dsl.data;

import dev.nnscript.dsl.diagnostic.SourcePosition;

/**
 * Finds where cell c of a CSV record starts, by scanning the record's text the way the CSV format
 * splits it: commas outside double quotes end cells, {@code ""} inside quotes is a quote, quoted
 * cells may span lines. Leading spaces are skipped, as the reader ignores them.
 */
final class CsvCellLocator {

    private CsvCellLocator() {}

    /**
     * @param record the record's text from its first character (more text may follow)
     * @param line the 1-based line the record starts on
     */
    static SourcePosition locate(String file, CharSequence record, long line, int cell) {
        long atLine = line;
        int column = 1;
        int cellsPassed = 0;
        boolean quoted = false;
        boolean atCellStart = true;
        for (int i = 0; i < record.length(); i++) {
            char ch = record.charAt(i);
            if (cellsPassed == cell && atCellStart && ch != ' ' && ch != '\t') {
                return position(file, atLine, column);
            }
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cellsPassed++;
                atCellStart = true;
                column++;
                continue;
            } else if ((ch == '\n' || ch == '\r') && !quoted) {
                break;
            }
            if (ch == '\n' || (ch == '\r' && (i + 1 == record.length() || record.charAt(i + 1) != '\n'))) {
                atLine++;
                column = 1;
            } else if (!Character.isLowSurrogate(ch) && ch != '\r') {
                column++;
            }
            if (ch != ' ' && ch != '\t') {
                atCellStart = false;
            }
        }
        return cellsPassed == cell ? position(file, atLine, column) : position(file, line, 1);
    }

    private static SourcePosition position(String file, long line, int column) {
        return new SourcePosition(file, (int) Math.min(line, Integer.MAX_VALUE), column);
    }
}
