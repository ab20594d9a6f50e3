package dev.nnscript.dsl.data;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Keeps the text a CSV parser reads, from the start of the current record on, so a problem with a
 * cell can be pointed at by column: Commons CSV gives a record's character offset but not its
 * cells' columns. The kept window holds one record plus the parser's read-ahead buffer.
 *
 * <p>It also bounds what the parser may read, since Commons CSV holds a whole record in memory: a
 * NUL character (a binary file, {@code /dev/zero}), a record longer than {@link #MAX_RECORD_CHARS}
 * or with more than {@link #MAX_COLUMNS} cells ends reading with a {@link DataLimitException} saying
 * where. Commas and line ends count only outside quoted cells, as Commons CSV splits them: a quote
 * opens a quoted cell only at the cell's start, and {@code ""} inside one is a quote.
 */
final class RecordingReader extends FilterReader {

    /** Characters in one record (a row, which quotes may spread over several lines). */
    static final int MAX_RECORD_CHARS = 4 << 20;

    private static final int MAX_COLUMNS = ColumnRoles.MAX_COLUMNS;

    private final StringBuilder window = new StringBuilder();
    /** The character offset, from the start of the stream, of {@code window.charAt(0)}. */
    private long windowStart;

    /** Where the scan is: 1-based line, characters since the line's start, quoted or not. */
    private long line = 1;
    private long lineChars;
    private boolean afterCr;
    private boolean quoted;
    /** A quote just closed a quoted cell; a second one right after it is an escaped quote. */
    private boolean justClosed;
    private boolean atCellStart = true;
    /** The record being scanned: its first line, its length so far and its cells. */
    private long recordLine = 1;
    private long recordChars;
    private long recordCells = 1;

    RecordingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            scan((char) c);
            window.append((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            scan(buffer[offset + i]);
        }
        if (n > 0) {
            window.append(buffer, offset, n);
        }
        return n;
    }

    /** Forgets the text before character offset {@code start} (a record's start). */
    void keepFrom(long start) {
        int drop = (int) Math.min(window.length(), Math.max(0, start - windowStart));
        window.delete(0, drop);
        windowStart += drop;
    }

    /** The kept text from character offset {@code start} on (empty if it is no longer kept). */
    CharSequence from(long start) {
        int at = (int) (start - windowStart);
        return at < 0 || at > window.length() ? "" : window.subSequence(at, window.length());
    }

    private void scan(char c) throws DataLimitException {
        if (c == '\n' || c == '\r') {
            if (!(c == '\n' && afterCr)) {
                line++;
            }
            afterCr = c == '\r';
            lineChars = 0;
            if (!quoted) {
                recordLine = line;
                recordChars = 0;
                recordCells = 1;
                atCellStart = true;
                justClosed = false;
                return;
            }
        } else {
            afterCr = false;
            lineChars++;
        }
        if (c == 0) {
            throw new DataLimitException("the data file contains a NUL byte; is it a binary file?", line, lineChars);
        }
        if (quoted) {
            if (c == '"') {
                quoted = false;
                justClosed = true;
            }
        } else if (c == '"' && (atCellStart || justClosed)) {
            quoted = true;
            justClosed = false;
        } else if (c == ',') {
            atCellStart = true;
            justClosed = false;
            if (++recordCells > MAX_COLUMNS) {
                throw new DataLimitException(String.format("this row has more than %,d columns; a data file may"
                        + " have at most %,d", MAX_COLUMNS, MAX_COLUMNS), line, lineChars + 1);
            }
        } else if (c != ' ' && c != '\t') {
            atCellStart = false;
            justClosed = false;
        }
        if (++recordChars > MAX_RECORD_CHARS) {
            throw new DataLimitException(String.format("this row is longer than %,d characters; is this a CSV data"
                    + " file?", MAX_RECORD_CHARS), recordLine, 1);
        }
    }
}
