package dev.nnscript.dsl.source;

import dev.nnscript.dsl.diagnostic.SourceLines;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.Objects;
import java.util.Optional;

/**
 * The decoded text of one source file (byte-order mark removed) and the name diagnostics use for it.
 * Lines may end in LF, CRLF or CR. As {@link SourceLines} it shows its lines under diagnostics in its file.
 */
public record SourceText(String fileName, String text) implements SourceLines {

    public SourceText {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public Optional<String> line(SourcePosition position) {
        return fileName.equals(position.file()) ? line(position.line()) : Optional.empty();
    }

    /** Line {@code number} (1-based) without its line end, or empty past the end of the text. */
    public Optional<String> line(int number) {
        int start = 0;
        for (int current = 1; current < number; current++) {
            int end = lineEnd(start);
            if (end == text.length()) {
                return Optional.empty();
            }
            start = end + (text.startsWith("\r\n", end) ? 2 : 1);
        }
        return Optional.of(text.substring(start, lineEnd(start)));
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}
