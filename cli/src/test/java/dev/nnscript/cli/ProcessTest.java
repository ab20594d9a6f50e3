package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** nnrun as a real process: exit codes reach the shell. */
class ProcessTest {

    @Test
    void versionExitsZero() {
        ProcessRun run = ProcessRun.java(List.of(), ProcessRun::none, "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("nnrun "), run.out());
    }

    @Test
    void usageErrorExitsTwo() {
        ProcessRun run = ProcessRun.java(List.of(), ProcessRun::none, "--bogus");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("nnrun: Unknown option: '--bogus'"), run.err());
    }
}
