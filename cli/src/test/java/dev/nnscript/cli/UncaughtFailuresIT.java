package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A throwable escaping a thread that is not the helper pool's (so no future carries it to the
 * command) ends the run with nnrun's own line and exit code, not the JVM's stack trace and a main
 * thread left waiting: out of memory is one line and exit 1, anything else an internal error, 70.
 */
class UncaughtFailuresIT {

    @TempDir
    Path folder;

    @Test
    void runningOutOfMemoryInAnotherThreadIsOneLineAndExitOne() throws IOException {
        ProcessRun run = run("oom");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().matches("nnrun: out of memory: Java may use at most [\\d,]+ MB here; give it more, e\\.g\\."
                + " JAVA_TOOL_OPTIONS=-Xmx\\d+g, or use a smaller network or data file\n"), run.err());
    }

    @Test
    void anyOtherFailureInAnotherThreadIsAnInternalError() throws IOException {
        ProcessRun run = run("bug");
        assertEquals(ExitCodes.INTERNAL, run.exitCode(), run.err());
        assertEquals("nnrun: internal error: IllegalStateException: broken on purpose\n"
                + "This is a bug in nnrun. Please report it with the command you ran.\n", run.err());
    }

    private ProcessRun run(String failure) throws IOException {
        String script = Scripts.copy("relu-in-action.nn", folder).toString();
        List<String> command = new ArrayList<>(ProcessRun.javaCommand(List.of("-Xmx64m"), script, "--inputs", "-"));
        int main = command.indexOf(Nnrun.class.getName());
        command.set(main, FailingThreadMain.class.getName());
        command.add(main + 1, failure);
        return ProcessRun.command(command, ProcessRun::none);
    }
}
