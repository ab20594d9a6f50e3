package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness runs the real command line and passes on what it printed and its exit code. */
class NnrunTest {

    @Test
    void runsTheRealCommandLine() {
        NnrunResult result = Nnrun.run(List.of("relu-in-action.nn", "--input", "0.5"));
        assertEquals(new NnrunResult(0, "effectiveness = 1.01\n", ""), result, result::describe);
    }

    @Test
    void passesOnTheExitCodeOfABadScript() {
        NnrunResult result = Nnrun.run(List.of("no-such-example.nn"));
        assertEquals(1, result.exitCode(), result::describe);
        assertTrue(result.err().contains("no-such-example.nn:1:1: error: file not found"), result::describe);
    }

    @Test
    void findsWarningsOnStandardError() {
        NnrunResult result = new NnrunResult(0, "", "trained 3 steps\nx.nn:4:1: warning: holdout=0.1 holds out no rows\n");
        assertEquals(List.of("x.nn:4:1: warning: holdout=0.1 holds out no rows"), result.warnings());
    }
}
