package dev.nnscript.dsl.source;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.SourceLines;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The lines of a data file that diagnostics point at, read again after the file was checked so a
 * bad row is shown above a caret as a script line is. Only those lines are kept, reading stops after
 * the last of them, and a very long line keeps only its start, so a file of any size costs little;
 * a binary line (with a NUL byte) is not shown.
 */
public final class FileLines implements SourceLines {

    /** Characters kept of one line; the formatter shows at most 200 around the caret anyway. */
    static final int MAX_LINE = 100_000;

    /**
     * Characters read at most looking for the lines: past this (a 10 GB line without a line end,
     * say) the excerpts not found yet are left out.
     */
    static final long MAX_SCAN = 64L << 20;

    private final String fileName;
    private final Map<Integer, String> lines;

    private FileLines(String fileName, Map<Integer, String> lines) {
        this.fileName = fileName;
        this.lines = lines;
    }

    /**
     * The lines of {@code file} that {@code diagnostics} in {@code fileName} point at; none when the
     * file cannot be read (the diagnostics are still shown, without the line).
     */
    public static FileLines of(String fileName, Path file, List<Diagnostic> diagnostics) {
        TreeSet<Integer> wanted = new TreeSet<>();
        for (Diagnostic d : diagnostics) {
            if (d.position().file().equals(fileName)) {
                wanted.add(d.position().line());
            }
        }
        Map<Integer, String> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            try {
                read(file, wanted, found);
            } catch (IOException | RuntimeException e) {
                found.clear(); // Only an excerpt: the message itself says what is wrong.
            }
        }
        return new FileLines(fileName, found);
    }

    @Override
    public Optional<String> line(SourcePosition position) {
        String line = position.file().equals(fileName) ? lines.get(position.line()) : null;
        // Past the kept start of a long line, the caret would sit at the start's end: the wrong column.
        boolean caretPastKept = line != null && line.length() >= MAX_LINE && position.column() > line.length();
        return caretPastKept ? Optional.empty() : Optional.ofNullable(line);
    }

    /** Lines end at LF, CRLF or CR, as the CSV reader counts them; a byte-order mark is dropped. */
    private static void read(Path file, TreeSet<Integer> wanted, Map<Integer, String> found) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        int last = wanted.last();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            StringBuilder line = new StringBuilder();
            int number = 1;
            int c;
            boolean afterCr = false;
            long scanned = 0;
            while ((c = in.read()) >= 0 && number <= last && scanned++ < MAX_SCAN) {
                if (c == '\n' && afterCr) {
                    afterCr = false;
                    continue;
                }
                afterCr = c == '\r';
                if (c == '\n' || c == '\r') {
                    keep(number++, line, wanted, found);
                    line.setLength(0);
                } else if (line.length() < MAX_LINE && !(number == 1 && line.length() == 0 && c == '\uFEFF')) {
                    line.append((char) c);
                } else if (number == last && line.length() >= MAX_LINE) {
                    break; // The rest of the last line wanted would not be shown.
                }
            }
            if (number <= last) {
                keep(number, line, wanted, found);
            }
        }
    }

    private static void keep(int number, StringBuilder line, TreeSet<Integer> wanted, Map<Integer, String> found) {
        // A line with a NUL byte is binary, not a row: its excerpt would be a screen of U+0000.
        if (wanted.contains(number) && line.indexOf("\0") < 0) {
            found.put(number, line.toString());
        }
    }
}
