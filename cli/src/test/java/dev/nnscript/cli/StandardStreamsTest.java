package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output that cannot be written (a full disk: a copy of /dev/full; closed) is an error, exit
 * code 1 with a message, on every path that prints; a reader that closes the pipe is not. Closed
 * standard input and /dev/stdin as a file to rewrite get messages that say so. Real processes.
 */
class StandardStreamsTest {

    private static final String FULL = "nnrun: cannot write to standard output: No space left on device;"
            + " the output is incomplete\n";

    @TempDir
    Path folder;

    private ProcessRun toFullDevice(String... args) {
        return ProcessRun.javaWritingTo(SpecialFiles.fullDevice(folder, "full"), args);
    }

    @Test
    void fmtToAFullDiskExitsOne() {
        Path script = Scripts.copy("backprop.nn", folder);
        assertEquals(new ProcessRun(ExitCodes.INVALID, "", FULL), toFullDevice("fmt", script.toString()));
    }

    @Test
    void trainingAModelToAFullDiskExitsOne() {
        Path script = Scripts.copy("backprop.nn", folder);
        ProcessRun run = toFullDevice("train", script.toString(), "--steps", "2");
        assertEquals(ExitCodes.INVALID, run.exitCode(), run.err());
        assertTrue(run.err().endsWith(FULL), run.err());
    }

    @Test
    void aOneShotInputToAFullDiskExitsOne() {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        assertEquals(new ProcessRun(ExitCodes.INVALID, "", FULL), toFullDevice(script.toString(), "--input", "0.5"));
    }

    @Test
    void batchInferenceToAFullDiskExitsOne() throws IOException {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        Path rows = Files.writeString(folder.resolve("rows.csv"), "dosage\n0\n0.5\n1\n");
        assertEquals(new ProcessRun(ExitCodes.INVALID, "", FULL), toFullDevice(script.toString(), "--inputs", rows.toString()));
    }

    @Test
    void checkAndATerminalPlotToAFullDiskExitOne() {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        assertEquals(new ProcessRun(ExitCodes.INVALID, "", FULL), toFullDevice("check", script.toString()));
        assertEquals(new ProcessRun(ExitCodes.INVALID, "", FULL),
                ProcessRun.javaWritingTo(folder.resolve("full"), "plot", script.toString()));
    }

    @Test
    void aClosedStandardOutputExitsOne() {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        ProcessRun run = ProcessRun.command(shell("exec \"$@\" >&-", script.toString(), "--input", "0.5"), ProcessRun::none);
        assertEquals(new ProcessRun(ExitCodes.INVALID, "",
                "nnrun: cannot write to standard output: it is closed; the output is incomplete\n"), run);
    }

    /** Where the JVM put /dev/null in place of a closed standard output, the launcher's flag says so. */
    @Test
    void standardOutputTheLauncherFoundClosedExitsOne() {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        ProcessRun run = ProcessRun.java(List.of("-Dnnrun.stdout.closed=true"), ProcessRun::none, script.toString(),
                "--input", "0.5");
        assertEquals(new ProcessRun(ExitCodes.INVALID, "",
                "nnrun: cannot write to standard output: it is closed; the output is incomplete\n"), run);
    }

    /** {@code nnrun ... --inputs big.csv | head -1}: the reader stopping early is no failure. */
    @Test
    void aReaderClosingThePipeIsNotAnError() throws IOException {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        StringBuilder rows = new StringBuilder("dosage\n");
        for (int i = 0; i < 200_000; i++) {
            rows.append(i % 100).append('\n');
        }
        Path data = Files.writeString(folder.resolve("rows.csv"), rows);
        ProcessRun run = ProcessRun.command(shell("\"$@\" | head -c 10 > /dev/null; exit ${PIPESTATUS[0]}",
                script.toString(), "--inputs", data.toString()), ProcessRun::none);
        assertEquals(new ProcessRun(0, "", ""), run);
    }

    @Test
    void aClosedStandardInputIsSaidToBeClosed() {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        ProcessRun run = ProcessRun.command(shell("exec \"$@\" <&-", script.toString(), "--inputs", "-"), ProcessRun::none);
        assertEquals(new ProcessRun(ExitCodes.INVALID, "", "<stdin>:1:1: error: cannot read the data file: standard input"
                + " is closed; pipe the rows in, or give a file\n"), run);
    }

    @Test
    void fmtWriteRefusesAPipedStandardInput() {
        Path script = Scripts.copy("backprop.nn", folder);
        ProcessRun run = ProcessRun.java(List.of(), stdin -> write(stdin, script), "fmt", "/dev/stdin", "--write");
        assertEquals(new ProcessRun(ExitCodes.USAGE, "", "nnrun: --write rewrites FILE in place, and /dev/stdin is not"
                + " a regular file; leave out --write to print the formatted script\n"
                + "Try 'nnrun fmt --help' for more information.\n"), run);
    }

    /** /dev/stdin redirected from a file leads to that file, which must not be rewritten through the back door. */
    @Test
    void fmtWriteRefusesStandardInputRedirectedFromAFile() throws IOException {
        Path script = Scripts.copy("backprop.nn", folder);
        String before = Files.readString(script);
        ProcessRun run = ProcessRun.javaReadingFrom(script, "fmt", "/dev/stdin", "--write");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertEquals(before, Files.readString(script));
    }

    /** {@code bash -c SCRIPT bash java ... Nnrun args}: SCRIPT runs the nnrun command line as "$@". */
    private static List<String> shell(String script, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", "-c", script, "bash"));
        command.addAll(ProcessRun.javaCommand(List.of(), args));
        return command;
    }

    private static void write(OutputStream stdin, Path file) {
        try {
            stdin.write(Files.readString(file).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
