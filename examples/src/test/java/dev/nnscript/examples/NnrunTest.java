package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness runs the real command line, turning to the stand-in only where nnrun names a gap. */
class NnrunTest {

    @Test
    void runsTheRealCommandLine() {
        NnrunResult result = Nnrun.run(List.of("relu-in-action.nn", "--input", "0.5"));
        assertEquals("nnrun", result.runner(), result::describe);
        assertEquals("effectiveness = 1.01", result.out().strip());
    }

    @Test
    void passesOnTheExitCodeOfABadScript() {
        NnrunResult result = Nnrun.run(List.of("no-such-example.nn"));
        assertEquals("nnrun", result.runner(), result::describe);
        assertEquals(1, result.exitCode(), result::describe);
    }
}
