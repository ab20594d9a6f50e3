package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data files larger than the Java heap: batch inference streams them; training, which must hold its
 * rows, refuses them with a message before loading them.
 */
class LargeDataIT {

    private static final List<String> SMALL_HEAP = List.of("-Xmx32m", "-XX:+UseSerialGC");
    private static final long HEAP_BYTES = 32L << 20;

    @TempDir
    Path folder;

    @Test
    void batchInferenceStreamsAFileTwiceTheHeap() throws IOException {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        // Each row carries a long note the network ignores, so the file is large but quick to predict.
        int rows = 70_000;
        String note = "x".repeat(1000);
        Path data = folder.resolve("dosages.csv");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(data, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("note,dosage\n");
            for (int i = 0; i < rows; i++) {
                out.write(note + "," + (i == rows / 2 ? "0.5" : Double.toString(i / (double) rows)) + "\n");
            }
        }
        assertTrue(Files.size(data) > 2 * HEAP_BYTES, "the file is " + Files.size(data) + " bytes");

        ProcessRun run = ProcessRun.java(SMALL_HEAP, ProcessRun::none, script.toString(), "--inputs", data.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String[] lines = run.out().split("\n");
        assertEquals(rows + 1, lines.length);
        assertEquals("dosage,effectiveness", lines[0]);
        assertEquals("0.5,1.0100000000000016", lines[rows / 2 + 1]);
    }

    @Test
    void trainingRefusesADataFileTooLargeForMemoryBeforeLoadingIt() throws IOException {
        Path script = Scripts.copy("backprop.nn", folder);
        Path data = folder.resolve("many.csv");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(data, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("dosage,effectiveness\n");
            for (int i = 0; i < 3_000_000; i++) {
                out.write("0.123456,0.654321\n");
            }
        }
        assertTrue(Files.size(data) > HEAP_BYTES);

        ProcessRun run = ProcessRun.java(SMALL_HEAP, ProcessRun::none, "train", script.toString(), "--data",
                data.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(Pattern.compile("^" + Pattern.quote(data.toString()) + ":1:1: error: the data file is too large to"
                + " load for training: about \\d+ rows of 2 values need about [\\d,]+ MB of memory, but only [\\d,]+ MB"
                + " is free; use fewer rows or give Java more memory \\(-Xmx\\)\n").matcher(run.err()).find(), run.err());
    }
}
