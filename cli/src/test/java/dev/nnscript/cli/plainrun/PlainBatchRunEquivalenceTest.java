package dev.nnscript.cli.plainrun;

import static dev.nnscript.cli.plainrun.PlainRunEquivalenceTest.fastPathRuns;
import static dev.nnscript.cli.plainrun.PlainRunEquivalenceTest.fastPathRunsWithStdin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.CliRun;
import dev.nnscript.cli.ExitCodes;
import dev.nnscript.cli.Scripts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch inference ({@code --inputs}) as {@code main} runs it (the fast path, else the full command
 * line) answers exactly as the full command line alone does: standard output, standard error and
 * exit code, including failures after rows were written. The fast path takes the common runs and
 * writes nothing when it hands a run over.
 */
class PlainBatchRunEquivalenceTest {

    /** More rows than one chunk of the batch predictor, so a bad row comes after rows were written. */
    private static final int MANY_ROWS = 2500;

    @TempDir
    Path folder;

    private String relu;
    private String iris;

    @BeforeEach
    void copyScripts() {
        relu = Scripts.copy("relu-in-action.nn", folder).toString();
        iris = Scripts.copy("iris-like.nn", folder).toString();
    }

    private String csv(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text).toString();
    }

    /** A header and {@code MANY_ROWS} dosages, with {@code badRow} in place of the row at {@code badAt}. */
    private static String dosages(int badAt, String badRow) {
        StringBuilder text = new StringBuilder("dosage\n");
        for (int r = 0; r < MANY_ROWS; r++) {
            text.append(r == badAt ? badRow : Double.toString(r / (double) MANY_ROWS)).append('\n');
        }
        return text.toString();
    }

    @Test
    void goodFilesTakeTheFastPathAndAnswerAlike() throws IOException {
        String good = csv("good.csv", dosages(-1, ""));
        String reordered = csv("reordered.csv", "sepal_width,petal_width\n0.42,0.04\n2,1\n");
        String extra = csv("extra.csv", "id,petal_width,note,sepal_width\n1,0.04,x,0.42\n2,1,y,2\n");
        String odd = csv("odd.csv", "dosage\r\n\"0.5\"\r\n\r\n1e-1\r\n");
        String noRows = csv("no-rows.csv", "dosage\n");
        for (String[] args : List.of(
                new String[] {relu, "--inputs", good},
                new String[] {relu, "--inputs=" + good},
                new String[] {relu, "--inputs", good, "--format", "csv"},
                new String[] {relu, "--format=csv", "--inputs", good},
                new String[] {relu, "--inputs", odd},
                new String[] {relu, "--inputs", noRows},
                new String[] {iris, "--inputs", reordered},
                new String[] {iris, "--inputs", extra})) {
            assertTrue(fastPathRuns(args), () -> "not taken: " + String.join(" ", args));
            CliRun run = CliRun.assertMainAnswersAlike(args);
            assertEquals(0, run.exitCode(), run.err());
        }
        assertEquals(MANY_ROWS + 1, CliRun.asMain(relu, "--inputs", good).out().lines().count());
    }

    @Test
    void aBadRowAfterOutputBeganIsReportedAlikeAfterTheRowsBeforeIt() throws IOException {
        int badAt = MANY_ROWS - 100;
        for (String badRow : List.of("abc", "0.5,1", "\"0.5", "1e999")) {
            String bad = csv("bad.csv", dosages(badAt, badRow));
            String[] args = {relu, "--inputs", bad};
            assertTrue(fastPathRuns(args), badRow);
            CliRun run = CliRun.assertMainAnswersAlike(args);
            assertEquals(ExitCodes.INVALID, run.exitCode(), badRow);
            assertEquals(badAt + 1, run.out().lines().count(), () -> badRow + ": the header and the rows before it");
            assertTrue(run.err().startsWith(bad + ":" + (badAt + 2) + ":"), () -> badRow + ": " + run.err());
        }
    }

    @Test
    void filesThatCannotBeUsedAreHandedOverAndAnswerAlike() throws IOException {
        for (String data : List.of(
                csv("header.csv", "dose\n0.5\n"),
                csv("empty.csv", ""),
                folder.resolve("missing.csv").toString(),
                folder.toString())) {
            String[] args = {relu, "--inputs", data};
            assertFalse(fastPathRuns(args), data);
            CliRun.assertMainAnswersAlike(args);
        }
        assertEquals(ExitCodes.INVALID, CliRun.of(relu, "--inputs", folder.resolve("missing.csv").toString()).exitCode());
    }

    @Test
    void otherBatchArgumentsAreHandedOverAndAnswerAlike() throws IOException {
        String rows = csv("rows.csv", "dosage\n0.5\n");
        Path warning = folder.resolve("warning.nn");
        Files.writeString(warning, Files.readString(Path.of(relu)) + "\ntrain lr=0.1 momentum=0.9 steps=1\n");
        for (String[] args : List.of(
                new String[] {relu, "--inputs"},
                new String[] {relu, "--inputs", rows, "--format", "json"},
                new String[] {relu, "--inputs", rows, "--format", "human"},
                new String[] {relu, "--inputs", rows, "--format", "CSV"},
                new String[] {relu, "--inputs", rows, "--inputs", rows},
                new String[] {relu, "--inputs", rows, "--input", "0.5"},
                new String[] {relu, "--inputs", rows, "--trace"},
                new String[] {relu, "--inputs", rows, "--debug"},
                new String[] {relu, "--inputs", "@" + rows},
                new String[] {warning.toString(), "--inputs", rows})) {
            assertFalse(fastPathRuns(args), () -> String.join(" ", args));
            CliRun.assertMainAnswersAlike(args);
        }
    }

    @Test
    void standardInputTakesTheFastPathAndAnswersAlike() {
        for (String text : List.of(dosages(-1, ""), dosages(MANY_ROWS - 100, "abc"), "dose\n0.5\n", "")) {
            byte[] stdin = text.getBytes(StandardCharsets.UTF_8);
            for (String[] args : List.of(new String[] {relu, "--inputs", "-"}, new String[] {relu, "--inputs=-"})) {
                assertTrue(fastPathRunsWithStdin(stdin, args), () -> "not taken: " + String.join(" ", args));
                assertEquals(CliRun.withStdin(stdin, args), CliRun.asMainWithStdin(stdin, args),
                        () -> String.join(" ", args) + " < " + text.lines().findFirst().orElse(""));
            }
        }
    }
}
