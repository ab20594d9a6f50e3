package dev.nnscript.cli.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.dsl.files.WriteFailedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one mapping of failures to messages and exit codes, shared by the command line and the fast paths. */
class FailuresTest {

    private record Report(int exitCode, String err) {}

    private static Report report(Exception failure, boolean debug) {
        StringWriter err = new StringWriter();
        int code = Failures.report(failure, new PrintWriter(err), debug);
        return new Report(code, err.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void invalidInputPrintsEachDiagnosticAndExitsOne() {
        assertEquals(new Report(ExitCodes.INVALID, "a.csv:3:1: error: one\na.csv:4:1: error: two\n"),
                report(new InvalidInputException(List.of("a.csv:3:1: error: one", "a.csv:4:1: error: two")), false));
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedAndExitsOne() {
        IOException cause = new NoSuchFileException("out/model.nn");
        assertEquals(new Report(ExitCodes.INVALID,
                "nnrun: cannot write out/model.nn: the folder does not exist; the file was left as it was\n"),
                report(new WriteFailedException(Path.of("out/model.nn"), cause), false));
    }

    @Test
    void anythingElseIsAnInternalErrorWithTheTraceOnlyOnRequest() {
        IllegalStateException bug = new IllegalStateException("no chunk");
        assertEquals(new Report(ExitCodes.INTERNAL, "nnrun: internal error: IllegalStateException: no chunk\n"
                + "This is a bug in nnrun. Please report it with the command you ran; add --debug for details.\n"),
                report(bug, false));
        Report debug = report(bug, true);
        assertEquals(ExitCodes.INTERNAL, debug.exitCode());
        assertTrue(debug.err().contains("the stack trace below.\njava.lang.IllegalStateException: no chunk\n\tat "),
                debug.err());
    }

    @Test
    void runningOutOfMemoryInAHelperThreadIsOneLineAndExitsOne() {
        Exception helper = new IllegalStateException("a matrix helper failed",
                new OutOfMemoryError("unable to create native thread: possibly out of memory"));
        assertEquals(new Report(ExitCodes.INVALID, OutOfMemory.message(Runtime.getRuntime().maxMemory()) + "\n"),
                report(helper, false));
        assertEquals("nnrun: out of memory: Java may use at most 64 MB here; give it more, e.g."
                + " JAVA_TOOL_OPTIONS=-Xmx1g, or use a smaller network or data file", OutOfMemory.message(64L << 20));
    }
}
