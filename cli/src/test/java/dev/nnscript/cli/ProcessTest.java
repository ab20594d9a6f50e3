package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nnrun as a real process: exit codes reach the shell; standard input streams in constant memory. */
class ProcessTest {

    private static final int ROWS = 1_000_000;

    @Test
    void versionExitsZero() {
        ProcessRun run = ProcessRun.java(List.of(), ProcessRun::none, "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("nnrun "), run.out());
    }

    @Test
    void streamsAMillionRowsFromStandardInputInSixtyFourMegabytes(@TempDir Path folder) {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        ProcessRun run = ProcessRun.java(List.of("-Xmx64m", "-XX:+UseSerialGC"), ProcessTest::millionDosages,
                script.toString(), "--inputs", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String[] lines = run.out().split("\n");
        assertEquals(ROWS + 1, lines.length);
        assertEquals("dosage,effectiveness", lines[0]);
        assertEquals("0.5,1.0100000000000016", lines[ROWS / 2 + 1]);
        assertEquals("1,0", lines[ROWS]);
    }

    /** dosage 0, 1e-6, ..., 1 - 1e-6, 1 as the header and ROWS rows (i / (ROWS - 1) would not hit 0.5). */
    private static void millionDosages(OutputStream stdin) {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(stdin, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("dosage\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(i == ROWS - 1 ? "1" : Double.toString(i / (double) ROWS));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void usageErrorExitsTwo() {
        ProcessRun run = ProcessRun.java(List.of(), ProcessRun::none, "--bogus");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("nnrun: Unknown option: '--bogus'"), run.err());
    }
}
