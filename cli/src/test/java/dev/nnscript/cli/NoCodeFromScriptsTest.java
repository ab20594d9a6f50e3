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

    @Test
    void groovyIsOnThisTestsClassPathSoTheCheckBelowMeansSomething() throws ClassNotFoundException {
        assertEquals("groovy.lang.Closure", Class.forName("groovy.lang.Closure").getName());
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
            assertFalse(run.out().lines().anyMatch(line -> line.contains(" groovy.") || line.contains("org.apache.groovy")
                    || line.contains("org.codehaus.groovy")), args + " loaded Groovy");
        }
        assertTrue(CliRun.of("fmt", script.toString()).out().contains("\nnetwork \"" + NAME + "\"\n"));
        assertFalse(Files.exists(folder.resolve("pwned")));
        assertFalse(Files.exists(Path.of("pwned")));
    }
}
