package dev.nnscript.dsl.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-file lines shown above a caret: what is kept, and what a hostile file costs. */
class FileLinesTest {

    @TempDir
    Path folder;

    private static FileLines linesAt(Path file, int... lines) {
        List<Diagnostic> diagnostics = new java.util.ArrayList<>();
        for (int line : lines) {
            diagnostics.add(Diagnostic.error(new SourcePosition("d.csv", line, 1), "bad"));
        }
        return FileLines.of("d.csv", file, diagnostics);
    }

    @Test
    void keepsTheLinesPointedAt() throws IOException {
        Path file = Files.writeString(folder.resolve("d.csv"), "\uFEFFa,b\r\n1,2\r3,4\n");
        FileLines lines = linesAt(file, 1, 3);
        assertEquals(Optional.of("a,b"), lines.line(new SourcePosition("d.csv", 1, 1)));
        assertEquals(Optional.empty(), lines.line(new SourcePosition("d.csv", 2, 1)));
        assertEquals(Optional.of("3,4"), lines.line(new SourcePosition("d.csv", 3, 1)));
    }

    @Test
    void aBinaryLineIsNotShown() throws IOException {
        Path file = Files.writeString(folder.resolve("d.csv"), "a,b\n1,\0\0\0\n");
        assertEquals(Optional.empty(), linesAt(file, 2).line(new SourcePosition("d.csv", 2, 1)));
    }

    @Test
    void aSparseTenGigabyteLineStopsAtItsStart() throws IOException {
        Path file = Files.writeString(folder.resolve("d.csv"), "a,b\nxyz");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(10L << 30);
        }
        // Reading the whole line would take minutes; the excerpt needs its start only.
        assertEquals(Optional.of("a,b"), linesAt(file, 1, 2).line(new SourcePosition("d.csv", 1, 1)));
        assertEquals(Optional.empty(), linesAt(file, 2).line(new SourcePosition("d.csv", 2, 1)), "binary");
    }

    @Test
    void noLinePastTheScanBoundIsLookedFor() throws IOException {
        Path file = folder.resolve("d.csv");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write("a,b\n".getBytes());
            raf.seek(FileLines.MAX_SCAN + 10);
            raf.write("\n1,2\n".getBytes());
        }
        assertEquals(Optional.empty(), linesAt(file, 3).line(new SourcePosition("d.csv", 3, 1)));
    }

    @Test
    void aCaretPastTheKeptStartOfALongLineShowsNoLine() throws IOException {
        Path file = Files.writeString(folder.resolve("d.csv"), "a\n" + "1,".repeat(FileLines.MAX_LINE) + "\n");
        FileLines lines = linesAt(file, 2);
        // A caret at the kept start's end would point at the wrong column (a million columns, say).
        assertEquals(Optional.empty(), lines.line(new SourcePosition("d.csv", 2, FileLines.MAX_LINE + 2)));
        assertEquals(Optional.of("1,".repeat(FileLines.MAX_LINE / 2)),
                lines.line(new SourcePosition("d.csv", 2, FileLines.MAX_LINE)));
    }
}
