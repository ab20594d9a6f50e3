package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that once ran a small heap out of memory (devices, a sparse 10 GB file, a 20 MB line, a
 * million columns, rows shorter than the first thousand, a very wide network): each now ends in one
 * message and exit code 1, under {@code -Xmx64m}, with no stack trace. Big inputs are made here.
 */
class BoundsIT {

    private static final List<String> SMALL_HEAP = List.of("-Xmx64m", "-XX:+UseSerialGC");

    @TempDir
    Path folder;

    @Test
    void predictingFromDevZeroStopsAtTheFirstNul() {
        ProcessRun run = run(Scripts.copy("relu-in-action.nn", folder).toString(), "--inputs", "/dev/zero");
        assertOneError(run, "/dev/zero:1:1: error: the data file contains a NUL byte; is it a binary file?");
    }

    @Test
    void checkingDevZeroOrDevUrandomStopsAtTheFirstNul() {
        assertOneError(run("check", "/dev/zero"), "/dev/zero:1:1: error: file contains a NUL byte; is it a binary file?");
        ProcessRun random = run("check", "/dev/urandom");
        assertEquals(1, random.exitCode(), random.err());
        assertTrue(random.err().startsWith("/dev/urandom:"), random.err());
        assertNoTrace(random);
    }

    @Test
    void trainingOnDevZeroOrASparseTenGigabyteFileStopsAtTheFirstNul() throws IOException {
        Files.writeString(folder.resolve("zero.nn"), "input dosage\nhidden relu w=1 b=?\noutput effectiveness"
                + " identity w=1 b=0\ndata \"/dev/zero\"\ntrain steps=1\n");
        assertOneError(run("train", folder.resolve("zero.nn").toString()),
                "/dev/zero:1:1: error: the data file contains a NUL byte; is it a binary file?");

        Path sparse = folder.resolve("sparse.csv");
        Files.writeString(sparse, "dosage,effectiveness\n");
        try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
            file.setLength(10L << 30);
        }
        Path script = Scripts.copy("backprop.nn", folder);
        assertOneError(run("train", script.toString(), "--data", sparse.toString()),
                sparse + ":2:1: error: the data file contains a NUL byte; is it a binary file?");
        assertOneError(run(Scripts.copy("relu-in-action.nn", folder).toString(), "--inputs", sparse.toString()),
                sparse + ":2:1: error: the data file contains a NUL byte; is it a binary file?");
    }

    @Test
    void aTwentyMegabyteLineIsRefusedInAScriptAndInData() throws IOException {
        Path script = folder.resolve("long.nn");
        Files.writeString(script, "input dosage\n# " + "x".repeat(20 << 20) + "\n");
        assertOneError(run("check", script.toString()), script + ":2:1: error: line longer than 8 MB; is this a .nn script?");

        Path data = folder.resolve("long.csv");
        Files.writeString(data, "dosage\n" + "1".repeat(20 << 20) + "\n");
        ProcessRun run = run(Scripts.copy("relu-in-action.nn", folder).toString(), "--inputs", data.toString());
        assertEquals(1, run.exitCode(), run.err());
        // The row's start above a caret, not 20 MB of it.
        assertTrue(run.err().matches("\\Q" + data + "\\E:2:1: error: this row is longer than 4,194,304 characters; is"
                + " this a CSV data file\\?\n  1{1,200}\\.\\.\\.\n  \\^\n"), run.err());
    }

    @Test
    void aMillionColumnsAreRefusedAtTheFirstColumnPastTheLimit() throws IOException {
        Path data = folder.resolve("wide.csv");
        StringBuilder header = new StringBuilder("dosage");
        for (int c = 1; c < 1_000_000; c++) {
            header.append(",c").append(c);
        }
        Files.writeString(data, header + "\n1\n");
        ProcessRun run = run(Scripts.copy("relu-in-action.nn", folder).toString(), "--inputs", data.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().matches("\\Q" + data + "\\E:1:\\d+: error: this row has more than 100,000 columns; a data"
                + " file may have at most 100,000\n"), run.err());
    }

    @Test
    void rowsShorterThanTheFirstThousandAreRefusedBeforeMemoryRunsOut() throws IOException {
        Path script = Scripts.copy("backprop.nn", folder);
        Path data = folder.resolve("shrinking.csv");
        String note = "n".repeat(3000);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(data, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("note,dosage,effectiveness\n");
            for (int i = 0; i < 1000; i++) {
                out.write(note + ",0.5,1\n");
            }
            for (int i = 0; i < 6_000_000; i++) {
                out.write(",0,0\n");
            }
        }
        ProcessRun run = run("train", script.toString(), "--data", data.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.out());
        // The message, then the header it points at and a caret.
        assertTrue(run.err().matches("\\Q" + data + "\\E:1:1: error: the data file is too large to load for training:"
                + " its first \\d+ rows of 2 values already need about \\d+ MB of memory, but only \\d+ MB is free;"
                + " use fewer rows or give Java more memory \\(-Xmx\\)\n  note,dosage,effectiveness\n  \\^\n"), run.err());
    }

    @Test
    void aThreeHundredThousandWideLayerPredictsInASmallHeap() throws IOException {
        Path script = folder.resolve("wide.nn");
        Files.writeString(script, "input dosage\nhidden 300000 relu\noutput effectiveness identity\n");
        Path data = folder.resolve("d.csv");
        Files.writeString(data, "dosage\n0\n0.5\n1\n");
        ProcessRun run = run(script.toString(), "--inputs", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(4, run.out().split("\n").length, run.out());
        assertNoTrace(run);
    }

    @Test
    void theWidestAllowedLayerPredictsWithoutAnOverflow() throws IOException {
        Path script = folder.resolve("widest.nn");
        Files.writeString(script, "input dosage\nhidden 10000000 relu\noutput effectiveness identity\n");
        Path data = folder.resolve("d.csv");
        Files.writeString(data, "dosage\n0.5\n");
        ProcessRun run = ProcessRun.java(List.of("-Xmx1g", "-XX:+UseSerialGC"), ProcessRun::none, script.toString(),
                "--inputs", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("dosage,effectiveness\n0.5,"), run.out());
    }

    @Test
    void moreInputRowsThanTheWidestLayerLetsOneArrayHoldAreRefusedWithoutAnOverflow() throws IOException {
        Path script = folder.resolve("widest.nn");
        Files.writeString(script, "input dosage\nhidden 10000000 relu\noutput effectiveness identity\n");
        List<String> args = new ArrayList<>(List.of(script.toString()));
        for (int i = 0; i < 215; i++) {
            args.addAll(List.of("--input", "0.5"));
        }
        ProcessRun run = ProcessRun.java(List.of("-Xmx1g", "-XX:+UseSerialGC"), ProcessRun::none,
                args.toArray(String[]::new));
        assertEquals(1, run.exitCode(), run.err());
        // After the warning that the parameters are untrained (init-filled).
        assertTrue(run.err().endsWith(" parameters are unknown (?) and not trained, so the outputs come from their"
                + " initial values; train first: nnrun train " + script + " --out TRAINED.nn\n"
                + "nnrun: 215 --input values at once are too many for this network: its widest layer's"
                + " values for them would not fit one Java array; give at most 214, or put the rows in a CSV file"
                + " for --inputs, which streams them\n"), run.err());
        assertNoTrace(run);
    }

    @Test
    void runningOutOfMemoryIsOneLineNamingTheHeapOption() throws IOException {
        Path script = folder.resolve("huge.nn");
        Files.writeString(script, "input dosage\nhidden 5000000 relu\noutput effectiveness identity\n");
        ProcessRun run = run(script.toString(), "--input", "0.5");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().matches("nnrun: out of memory: Java may use at most \\d+ MB here; give it more, e\\.g\\."
                + " JAVA_TOOL_OPTIONS=-Xmx1g, or use a smaller network or data file\n"), run.err());
    }

    private ProcessRun run(String... args) {
        return ProcessRun.java(SMALL_HEAP, ProcessRun::none, args);
    }

    private static void assertOneError(ProcessRun run, String expected) {
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(expected + "\n", run.err());
    }

    private static void assertNoTrace(ProcessRun run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }
}
