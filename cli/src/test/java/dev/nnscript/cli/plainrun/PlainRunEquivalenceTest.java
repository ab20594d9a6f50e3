package dev.nnscript.cli.plainrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.CliRun;
import dev.nnscript.cli.Scripts;
import dev.nnscript.cli.script.ScriptFiles;
import dev.nnscript.cli.script.ScriptLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code main} runs (the one-shot fast path, else the full command line) answers every
 * argument list exactly as the full command line alone does: standard output, standard error and
 * exit code. The fast path also really takes the common runs, and writes nothing when it does not.
 */
class PlainRunEquivalenceTest {

    @TempDir
    Path folder;

    private String relu;
    private String iris;

    @BeforeEach
    void copyScripts() {
        relu = Scripts.copy("relu-in-action.nn", folder).toString();
        iris = Scripts.copy("iris-like.nn", folder).toString();
    }

    /** Whether the fast path takes and runs {@code args}; fails when it writes anything and does not. */
    static boolean fastPathRuns(String... args) {
        return fastPathRunsWithStdin(new byte[0], args);
    }

    /** As {@link #fastPathRuns}, with {@code stdin} as standard input. */
    static boolean fastPathRunsWithStdin(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        boolean ran = PlainRun.run(args, new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err),
                new ScriptFiles(new ScriptLoader())).ran();
        if (!ran) {
            assertEquals("", out + "" + err, () -> "wrote output and handed over: " + String.join(" ", args));
        }
        return ran;
    }

    @Test
    void theCommonRunsTakeTheFastPathAndAnswerAlike() {
        for (String[] args : List.of(
                new String[] {relu, "--input", "0.5"},
                new String[] {relu, "--input=0.5"},
                new String[] {relu, "--input", "-0.5"},
                new String[] {relu, "--input=-.5"},
                new String[] {relu, "--input", "+0.5"},
                new String[] {relu, "--input", " 0.5 "},
                new String[] {relu, "--input", "5e-1"},
                new String[] {relu, "--input", "dosage=0.5"},
                new String[] {relu, "--input", "0", "--input", "0.5", "--input", "1"},
                new String[] {relu, "--input", "0.5", "--format", "csv"},
                new String[] {relu, "--input", "0.5", "--input", "0.49", "--format=json"},
                new String[] {relu, "--format", "human", "--input", "0.5"},
                new String[] {iris, "--input", "0.04,0.42"},
                new String[] {iris, "--input", "sepal_width=0.42, petal_width=0.04", "--input", "1,2"},
                new String[] {iris, "--input", "1,2", "--format", "csv"})) {
            assertTrue(fastPathRuns(args), () -> "not taken: " + String.join(" ", args));
            CliRun.assertMainAnswersAlike(args);
        }
    }

    @Test
    void inputValuesThatDoNotFitAreHandedOverAndAnswerAlike() {
        for (String value : List.of("abc", "0.5,1", "nope=1", "1e999", "NaN", "Infinity", "0x1p-1", "1d", "0.5,",
                "dosage=0.5,dosage=1", "dosage=")) {
            String[] args = {relu, "--input", "0.5", "--input", value};
            assertFalse(fastPathRuns(args), value);
            CliRun.assertMainAnswersAlike(args);
        }
        String[] wrongCount = {iris, "--input", "0.04"};
        assertFalse(fastPathRuns(wrongCount));
        CliRun.assertMainAnswersAlike(wrongCount);
    }

    @Test
    void scriptsWithProblemsAreHandedOverAndAnswerAlike() throws IOException {
        Path warning = folder.resolve("warning.nn");
        Files.writeString(warning, Files.readString(Path.of(relu)) + "\ntrain lr=0.1 momentum=0.9 steps=1\n");
        Path binary = folder.resolve("binary.nn");
        Files.write(binary, new byte[] {0, 1, 2, (byte) 0xff});
        for (String file : List.of(warning.toString(), binary.toString(),
                Scripts.copy("bad-activation.nn", folder).toString(), folder.resolve("missing.nn").toString(),
                folder.toString())) {
            String[] args = {file, "--input", "0.5"};
            assertFalse(fastPathRuns(args), file);
            CliRun.assertMainAnswersAlike(args);
        }
        assertTrue(CliRun.of(warning.toString(), "--input", "0.5").err().contains("warning: momentum"),
                "the warning script warns");
    }

    @Test
    void scriptsWithUntrainedUnknownsAreHandedOverAndAnswerAlike() {
        String trainable = Scripts.copy("backprop.nn", folder).toString(); // data, train, predict, report, b=?
        String[] args = {trainable, "--input", "0.5", "--input", "1"};
        assertFalse(fastPathRuns(args));
        assertTrue(CliRun.assertMainAnswersAlike(args).err().contains("are unknown (?) and not trained"));
    }

    @Test
    void scriptRunsTakeTheFastPathAndAnswerAlikeHoweverTheyEnd() throws IOException {
        String trainable = Scripts.copy("backprop.nn", folder).toString(); // trains, predicts, reports
        String diverging = Scripts.copy("diverging.nn", folder).toString(); // exit code 3
        Path csvData = trainableOn("csv", "dosage,effectiveness\n0,0\n0.5,1\n1,0\n");
        Path badData = trainableOn("bad", "dosage,effectiveness\n0,0\n0.5,one\n");
        Path noData = trainableOn("no-data", null);
        Path reportOnly = folder.resolve("report-only.nn");
        Files.writeString(reportOnly, Files.readString(Path.of(relu)) + "predict 0.5\nreport parameters\n");
        for (String file : List.of(trainable, diverging, csvData.toString(), badData.toString(), noData.toString(),
                reportOnly.toString(), relu)) {
            assertTrue(fastPathRuns(file), file);
            CliRun run = CliRun.assertMainAnswersAlike(file);
            assertEquals(run, CliRun.asMain(file), "a second run answers the same: " + file);
        }
        // The runs above end in every way: trained, diverged, refused data, and ran as written.
        assertEquals(0, CliRun.of(csvData.toString()).exitCode());
        String trained = CliRun.of(csvData.toString()).err();
        assertTrue(trained.contains("trained 167 steps") && trained.contains("final loss (ssr, 3 training rows)"), trained);
        assertEquals(3, CliRun.of(diverging).exitCode());
        CliRun bad = CliRun.of(badData.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("bad.csv:3:5: error: expected a number in column 'effectiveness'"), bad.err());
        assertEquals(1, CliRun.of(noData.toString()).exitCode());
        assertTrue(CliRun.of(reportOnly.toString()).out().contains("effectiveness = 1.01"));
    }

    /**
     * backprop.nn (it trains) as NAME.nn, its data read from NAME.csv, written with {@code csv}
     * (none when null).
     */
    private Path trainableOn(String name, String csv) throws IOException {
        if (csv != null) {
            Files.writeString(folder.resolve(name + ".csv"), csv);
        }
        String script;
        try (InputStream in = Scripts.class.getResourceAsStream("/scripts/backprop.nn")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Files.writeString(folder.resolve(name + ".nn"), script.replaceAll("(?s)data dosage.*?end\n",
                "data \"" + name + ".csv\"\n"));
    }

    @Test
    void checksTakeTheFastPathAndAnswerAlike() throws IOException {
        String trainable = Scripts.copy("backprop.nn", folder).toString();
        Path csvData = trainableOn("csv", "dosage,effectiveness,note\n0,0,a\n0.5,1,b\n");
        Path missingColumn = trainableOn("missing-column", "dosage\n0\n");
        Path noData = trainableOn("no-data", null);
        for (String file : List.of(relu, iris, trainable, csvData.toString(), missingColumn.toString(),
                noData.toString())) {
            String[] args = {"check", file};
            assertTrue(fastPathRuns(args), file);
            CliRun.assertMainAnswersAlike(args);
        }
        assertEquals(0, CliRun.of("check", csvData.toString()).exitCode());
        assertTrue(CliRun.of("check", relu).out().startsWith(relu + ": ok\n"));
        CliRun missing = CliRun.of("check", missingColumn.toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no column 'effectiveness'"), missing.err());
        assertEquals(1, CliRun.of("check", noData.toString()).exitCode());
    }

    @Test
    void otherArgumentsAreHandedOverAndAnswerAlike() throws IOException {
        Path rows = folder.resolve("rows.csv");
        Files.writeString(rows, "dosage\n0.5\n");
        for (String[] args : List.of(
                new String[] {},
                new String[] {relu, "--input"},
                new String[] {relu, "--input", ""},
                new String[] {relu, "--input", "0.5", "--bogus"},
                new String[] {relu, "--input", "0.5", "extra"},
                new String[] {relu, "--input", "0.5", "--trace"},
                new String[] {relu, "--trace", "--input", "-0.5"},
                new String[] {relu, "--trace"},
                new String[] {relu, "--input", "0.5", "--debug"},
                new String[] {relu, "--input", "--format", "csv"},
                new String[] {relu, "--input", "-X"},
                new String[] {relu, "--input", "0.5", "--format", "JSON"},
                new String[] {relu, "--input", "0.5", "--format", "xml"},
                new String[] {relu, "--input", "0.5", "--format", "csv", "--format", "json"},
                new String[] {relu, "--input", "0.5", "--inputs", rows.toString()},
                new String[] {"--input", "0.5", relu},
                new String[] {relu, "--input", "0.5", "check"},
                new String[] {"check", relu, "--debug"},
                new String[] {"check", "--help"},
                new String[] {"check"},
                new String[] {relu, "--input", "0.5", "--version"})) {
            assertFalse(fastPathRuns(args), () -> String.join(" ", args));
            CliRun.assertMainAnswersAlike(args);
        }
    }
}
