package dev.nnscript.dsl.data;

import java.io.IOException;

/**
 * A data file that breaks one of {@link RecordingReader}'s bounds (a NUL byte, a row too long or
 * too wide), with the 1-based line and column where it does; thrown from inside the CSV parser's
 * reads, so it is an {@link IOException}.
 */
final class DataLimitException extends IOException {

    private final long line;
    private final long column;

    DataLimitException(String message, long line, long column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    long line() {
        return line;
    }

    long column() {
        return column;
    }
}
