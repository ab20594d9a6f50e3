package dev.nnscript.dsl.data;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the first byte of a file that is not UTF-8, streaming (a data file may be larger than
 * memory), so the message can point at its line and column like the script reader does.
 */
final class Utf8Check {

    private static final int CHUNK = 1 << 16;

    private Utf8Check() {}

    /** The message for the first invalid byte, at its position; null when every byte decodes. */
    static Located firstInvalidByte(Path file, String fileName) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        long line = 1;
        int column = 1;
        boolean afterCr = false;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                in.position(in.position() + Math.max(n, 0));
                in.flip();
                CoderResult result = decoder.decode(in, out, end);
                out.flip();
                for (int i = 0; i < out.length(); i++) {
                    char c = out.charAt(i);
                    if (c == '\n' && afterCr) {
                        afterCr = false;
                        continue;
                    }
                    afterCr = c == '\r';
                    if (c == '\n' || c == '\r') {
                        line++;
                        column = 1;
                    } else if (!Character.isLowSurrogate(c) && !(line == 1 && column == 1 && c == '\uFEFF')) {
                        column++;
                    }
                }
                out.clear();
                if (result.isError()) {
                    int bad = in.get(in.position()) & 0xFF;
                    return new Located(new SourcePosition(fileName, (int) Math.min(line, Integer.MAX_VALUE), column),
                            String.format("invalid UTF-8 byte 0x%02X; the data file must be UTF-8 text", bad));
                }
                in.compact();
            }
        }
        return null;
    }

    /** A message and where it belongs. */
    record Located(SourcePosition position, String message) {}
}
