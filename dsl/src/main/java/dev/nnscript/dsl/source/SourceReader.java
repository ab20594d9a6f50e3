package dev.nnscript.dsl.source;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The read pass: bytes to text. Accepts UTF-8 with or without a byte-order mark; reports invalid
 * UTF-8 and NUL bytes (a sign of a binary file) with their line and column instead of guessing.
 */
public final class SourceReader {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SourceReader() {}

    /** Decodes {@code bytes}; the result holds either the text or the first problem found. */
    public static ReadResult read(byte[] bytes, String fileName) {
        int start = hasBom(bytes) ? BOM.length : 0;
        // Fast path for the usual good file: the JDK's UTF-8 decoding and indexOf are intrinsics, quick
        // even before the JIT compiles this method. A bad byte decodes as U+FFFD; then (or for a file that
        // really contains U+FFFD or a NUL) the careful path below finds the first problem's position.
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0 && lenient.indexOf('\0') < 0) {
            return new ReadResult(new SourceText(fileName, lenient), List.of());
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return failure(fileName, bytes, start, i, "file contains a NUL byte; is it a binary file?");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            return failure(fileName, bytes, start, bad,
                    String.format("invalid UTF-8 byte 0x%02X; the file must be UTF-8 text", bytes[bad] & 0xFF));
        }
        decoder.flush(out);
        out.flip();
        return new ReadResult(new SourceText(fileName, out.toString()), List.of());
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static ReadResult failure(String fileName, byte[] bytes, int start, int offset, String message) {
        return new ReadResult(null, List.of(Diagnostic.error(positionOf(fileName, bytes, start, offset), message)));
    }

    /** The line and column of byte {@code offset}, decoding the valid prefix before it. */
    private static SourcePosition positionOf(String fileName, byte[] bytes, int start, int offset) {
        String prefix;
        try {
            prefix = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, start, offset - start)).toString();
        } catch (CharacterCodingException e) {
            // The prefix ends inside a multi-byte sequence; count what decodes leniently.
            prefix = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == '\n' || (c == '\r' && !prefix.startsWith("\n", i + 1))) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = prefix.codePointCount(lineStart, prefix.length()) + 1;
        return new SourcePosition(fileName, line, column);
    }
}
