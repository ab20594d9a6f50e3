package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.script.ScriptLoader;
import dev.nnscript.dsl.LoadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the plain-run path loads a script and hands the run over to the full command line (a
 * warning, unknown parameters, input values or a data file that do not fit), the command line takes
 * that load: each run loads its script once, and answers exactly as the full command line alone.
 */
class HandOverTest {

    @TempDir
    Path folder;

    private String relu;

    @BeforeEach
    void copyScript() {
        relu = Scripts.copy("relu-in-action.nn", folder).toString();
    }

    /** Counts the loads of a run, per file, as typed. */
    private static final class CountingLoader extends ScriptLoader {

        private final List<Path> loads = new ArrayList<>();

        @Override
        public LoadResult load(Path file) {
            loads.add(file);
            return super.load(file);
        }
    }

    /** Runs {@code args} as {@code main} does and returns the files loaded, in order; checks the answer. */
    private static List<Path> loadsOf(String... args) {
        CountingLoader loader = new CountingLoader();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Nnrun.execute(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err), loader);
        CliRun main = new CliRun(code, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
        assertEquals(CliRun.of(args), main, String.join(" ", args));
        return loader.loads;
    }

    @Test
    void aScriptWithAWarningIsLoadedOnce() throws IOException {
        Path warning = folder.resolve("warning.nn");
        Files.writeString(warning, Files.readString(Path.of(relu)) + "\ntrain lr=0.1 momentum=0.9 steps=1\n");
        assertEquals(List.of(warning), loadsOf(warning.toString(), "--input", "0.5"));
    }

    @Test
    void aScriptWithUnknownParametersIsLoadedOnce() {
        Path trainable = Scripts.copy("backprop.nn", folder); // b=?
        assertEquals(List.of(trainable), loadsOf(trainable.toString(), "--input", "0.5"));
        assertEquals(List.of(trainable), loadsOf(trainable.toString(), "--inputs", "-"));
    }

    @Test
    void inputsThatDoNotFitAreHandedOverWithTheScriptLoadedOnce() throws IOException {
        assertEquals(List.of(Path.of(relu)), loadsOf(relu, "--input", "abc"));
        Path rows = folder.resolve("rows.csv");
        Files.writeString(rows, "dose\n0.5\n"); // no column named dosage
        assertEquals(List.of(Path.of(relu)), loadsOf(relu, "--inputs", rows.toString()));
    }

    @Test
    void aScriptWithErrorsIsLoadedOnce() {
        Path bad = Scripts.copy("bad-activation.nn", folder);
        List<Path> loads = loadsOf(bad.toString(), "--input", "0.5");
        assertEquals(List.of(bad), loads);
    }

    @Test
    void everyOtherRunLoadsItsScriptOnce() {
        assertEquals(List.of(Path.of(relu)), loadsOf(relu, "--input", "0.5"));
        assertEquals(List.of(Path.of(relu)), loadsOf(relu, "--input", "0.5", "--trace"));
        assertEquals(List.of(Path.of(relu)), loadsOf("check", relu));
        assertTrue(loadsOf("--version").isEmpty());
    }
}
