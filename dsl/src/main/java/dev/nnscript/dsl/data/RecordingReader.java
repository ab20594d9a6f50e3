package dev.nnscript.dsl.data;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Keeps the text a CSV parser reads, from the start of the current record on, so a problem with a
 * cell can be pointed at by column: Commons CSV gives a record's character offset but not its
 * cells' columns. The kept window holds one record plus the parser's read-ahead buffer.
 */
final class RecordingReader extends FilterReader {

    private final StringBuilder window = new StringBuilder();
    /** The character offset, from the start of the stream, of {@code window.charAt(0)}. */
    private long windowStart;

    RecordingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            window.append((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
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
}
