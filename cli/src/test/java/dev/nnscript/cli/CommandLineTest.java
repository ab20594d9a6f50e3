package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line itself: help, version, completion and usage errors. */
class CommandLineTest {

    @Test
    void versionNamesTheProjectVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("nnrun 0."), run.out());
        assertEquals("", run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "completion"})
    void everyCommandHasHelpWithAnExample(String command) {
        CliRun run = command.isEmpty() ? CliRun.of("--help") : CliRun.of(command, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Example"), run.out());
        assertTrue(run.out().contains("nnrun"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void completionPrintsABashScript() {
        CliRun run = CliRun.of("completion");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash"), run.out());
        assertTrue(run.out().contains("complete -F"), run.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("--bogus", "model.nn");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals("nnrun: Unknown option: '--bogus'\nTry 'nnrun --help' for more information.\n", run.err());
    }

    @Test
    void missingFileIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(2, run.exitCode());
        assertEquals("nnrun: missing the script FILE\nTry 'nnrun --help' for more information.\n", run.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("model.nn", "--input", "1", "--format", "xml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("nnrun: Invalid value for option '--format': expected one of [human, csv, json]"),
                run.err());
    }

    @Test
    void traceNeedsAnInput() {
        CliRun run = CliRun.of("model.nn", "--trace");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("nnrun: --trace explains the passes of --input values"), run.err());
    }

    @Test
    void inputAndInputsDoNotCombine() {
        CliRun run = CliRun.of("model.nn", "--input", "1", "--inputs", "x.csv");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("nnrun: give --input or --inputs, not both"), run.err());
    }

    @Test
    void traceDoesNotCombineWithCsv() {
        CliRun run = CliRun.of("model.nn", "--trace", "--input", "1", "--format", "csv");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("nnrun: --trace prints an explanation for people"), run.err());
    }
}
