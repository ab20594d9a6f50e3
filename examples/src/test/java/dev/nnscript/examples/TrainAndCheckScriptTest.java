package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.script.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * build/train-and-check.groovy, the script the Maven build runs through GMavenPlus, run the same
 * way in a fresh JVM (Groovy's own launcher, this module's test classpath): a mark no model can
 * meet really fails it, with a message that says which. (That it passes with the marks it states,
 * the build itself shows: GMavenPlus runs it in every {@code mvn verify}.)
 */
class TrainAndCheckScriptTest {

    private static final Path SCRIPT = Path.of("build/train-and-check.groovy");

    @Test
    void anImpossibleMarkFailsWithAClearMessage() throws Exception {
        Run run = run("-Dnnscript.minAccuracy=1.01", "-Dnnscript.maxLoss=0");
        assertNotEquals(0, run.exitCode);
        assertTrue(run.err.contains("nnscript model check failed:"), run.err);
        assertTrue(run.err.matches("(?s).*iris\\.nn: heldOutAccuracy [01]\\.\\d+ misses the required at least 1\\.01.*"), run.err);
        assertTrue(run.err.matches("(?s).*relu-final-bias\\.nn: loss \\S+ misses the required at most 0\\.0.*"), run.err);
        LoadResult trained = NnScripts.load(Path.of("target/trained/relu-final-bias.nn"));
        assertTrue(trained.succeeded(), "the trained model is written before the check: " + trained.formattedDiagnostics());
        assertEquals(-16.01, trained.script().network().outputLayer().biases()[0], 0.01);
        // Saved in target/trained/, the trained iris model names its data from there.
        LoadResult iris = NnScripts.load(Path.of("target/trained/iris.nn"));
        assertTrue(iris.succeeded(), iris.formattedDiagnostics());
        DataSource.CsvFile data = (DataSource.CsvFile) iris.script().data();
        assertEquals("../../data/iris.csv", data.written());
        assertTrue(Files.isRegularFile(data.resolved()), data.resolved().toString());
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... properties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(properties));
        command.add("-Dnnscript.examplesDir=" + Path.of("").toAbsolutePath());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "groovy.ui.GroovyMain", SCRIPT.toString()));
        Path out = Files.createTempFile("train-and-check", ".out");
        Path err = Files.createTempFile("train-and-check", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the script did not finish in 5 minutes");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

}
