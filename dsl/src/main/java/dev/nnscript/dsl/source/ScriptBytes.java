package dev.nnscript.dsl.source;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a script file's bytes with bounds, so that a wrong path (a huge data file, a binary,
 * {@code /dev/zero}) is refused with a message rather than read until memory runs out: reading
 * stops at the first NUL byte (the read pass then reports it at its position), at a line longer
 * than {@link #MAX_LINE_BYTES}, and at a file larger than {@link #MAX_FILE_BYTES}. A saved model
 * writes one line per node, so a line holds one node's weights: 8 MB is some 400,000 of them.
 */
public final class ScriptBytes {

    /** Bytes in one line, line end excluded. */
    public static final int MAX_LINE_BYTES = 8 << 20;

    /** Bytes in the whole file. */
    public static final long MAX_FILE_BYTES = 1L << 30;

    private static final int CHUNK = 1 << 16;

    /**
     * The bytes read, up to and including the chunk with a first NUL byte; or the problem that
     * stopped reading.
     */
    public record Result(byte[] bytes, Diagnostic problem) {}

    private ScriptBytes() {}

    /** Reads {@code file}, named {@code fileName} in diagnostics; I/O failures are the caller's to report. */
    public static Result read(Path file, String fileName) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) {
            return tooLarge(fileName);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, fileName);
        }
    }

    static Result read(InputStream in, String fileName) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(CHUNK);
        byte[] chunk = new byte[CHUNK];
        long line = 1;
        long lineLength = 0;
        boolean afterCr = false;
        int n;
        while ((n = in.read(chunk)) >= 0) {
            boolean nul = false;
            for (int i = 0; i < n; i++) {
                byte b = chunk[i];
                if (b == '\n' || b == '\r') {
                    if (!(b == '\n' && afterCr)) {
                        line++;
                    }
                    lineLength = 0;
                } else if (++lineLength > MAX_LINE_BYTES) {
                    return new Result(null, Diagnostic.error(new SourcePosition(fileName,
                            (int) Math.min(line, Integer.MAX_VALUE), 1), "line longer than "
                            + (MAX_LINE_BYTES >> 20) + " MB; is this a .nn script?"));
                }
                afterCr = b == '\r';
                nul |= b == 0;
            }
            if ((long) bytes.size() + n > MAX_FILE_BYTES) {
                return tooLarge(fileName);
            }
            bytes.write(chunk, 0, n);
            if (nul) {
                break;
            }
        }
        return new Result(bytes.toByteArray(), null);
    }

    private static Result tooLarge(String fileName) {
        return new Result(null, Diagnostic.error(SourcePosition.startOf(fileName),
                "file larger than " + (MAX_FILE_BYTES >> 30) + " GB; is this a .nn script?"));
    }
}
