package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "No surprises": nnrun reads a .nn file as data. With Groovy on the class path (this test's), no
 * command loads a single Groovy class, and strings that would be code elsewhere stay text.
 */
class NoCodeFromScriptsTest {

    private static final String NAME = "${System.exit(7)} `touch pwned` $(touch pwned) #{1+1}";

    @TempDir
    Path folder;

    /**
     * The check below means something: a JVM started exactly as the commands are (this test's class
     * path, {@code -verbose:class}) that does load Groovy is caught by the same log check. Fails if
     * Groovy leaves the child's class path or the log check stops recognising Groovy classes.
     */
    @Test
    void theGroovyCheckCatchesAJvmThatLoadsGroovy() {
        List<String> command = ProcessRun.javaCommand(List.of("-verbose:class"));
        command.set(command.size() - 1, LoadsGroovy.class.getName());
        ProcessRun run = ProcessRun.command(command, ProcessRun::none);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(loadedGroovy(run.out()), "a JVM that loads groovy.lang.Closure went unnoticed:\n" + run.out());
    }

    /** Started by the check above: loads one Groovy class, as a command that used Groovy would. */
    static final class LoadsGroovy {
        public static void main(String[] args) throws ClassNotFoundException {
            Class.forName("groovy.lang.Closure");
        }
    }

    private static boolean loadedGroovy(String classLog) {
        return classLog.lines().anyMatch(line -> line.contains(" groovy.") || line.contains("org.apache.groovy")
                || line.contains("org.codehaus.groovy"));
    }

    @Test
    void noCommandLoadsGroovyAndCodeInStringsStaysText() {
        Path script = Scripts.copy("code-in-strings.nn", folder);
        Path svg = folder.resolve("plot.svg");
        List<List<String>> commands = List.of(
                List.of(script.toString(), "--input", "0.5"),
                List.of(script.toString()),
                List.of("train", script.toString(), "--out", folder.resolve("trained.nn").toString()),
                List.of("check", script.toString()),
                List.of("fmt", script.toString()),
                List.of("plot", script.toString(), "--out", svg.toString()));
        for (List<String> args : commands) {
            List<String> jvm = new ArrayList<>(List.of("-verbose:class", "-Duser.dir=" + folder));
            ProcessRun run = ProcessRun.java(jvm, ProcessRun::none, args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), args + ": " + run.err());
            assertTrue(run.out().contains("dev.nnscript.cli.Nnrun"), "the class log is on standard output");
            assertFalse(loadedGroovy(run.out()), args + " loaded Groovy");
        }
        assertTrue(CliRun.of("fmt", script.toString()).out().contains("\nnetwork \"" + NAME + "\"\n"));
        assertFalse(Files.exists(folder.resolve("pwned")));
        assertFalse(Files.exists(Path.of("pwned")));
    }
}
