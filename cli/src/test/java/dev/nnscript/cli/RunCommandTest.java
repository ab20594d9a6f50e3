package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnrun FILE ...}: forward passes, traces, batches and script runs, black box, whole outputs. */
class RunCommandTest {

    @TempDir
    Path folder;

    private String relu;

    @BeforeEach
    void scripts() {
        relu = Scripts.copy("relu-in-action.nn", folder).toString();
    }

    @Test
    void printsTheEffectivenessForPeople() {
        CliRun run = CliRun.of(relu, "--input", "0.5");
        assertEquals(new CliRun(0, "effectiveness = 1.01\n", ""), run);
    }

    @Test
    void acceptsNegativeInputsAsTyped() {
        assertEquals(new CliRun(0, "effectiveness = 0\n", ""), CliRun.of(relu, "--input", "-0.5"));
        assertEquals(new CliRun(0, "effectiveness = 0\n", ""), CliRun.of(relu, "--input=-0.5"));
    }

    @Test
    void csvAtEveryHundredthDosageEqualsADirectComputation() {
        List<String> args = new ArrayList<>(List.of(relu, "--format", "csv"));
        for (int i = 0; i <= 100; i++) {
            args.add("--input");
            args.add(Double.toString(i / 100.0));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("dosage,effectiveness", lines.get(0));
        assertEquals(102, lines.size());
        for (int i = 0; i <= 100; i++) {
            String[] cells = lines.get(i + 1).split(",");
            double dosage = i / 100.0;
            double direct = Math.max(0, Math.max(0, dosage * 1.70 - 0.85) * -40.8 + Math.max(0, dosage * 12.6) * 2.70 - 16);
            assertEquals(dosage, Double.parseDouble(cells[0]), 0.0);
            assertEquals(direct, Double.parseDouble(cells[1]), 1e-12, "dosage " + dosage);
        }
    }

    @Test
    void jsonNamesInputsAndOutputs() {
        CliRun run = CliRun.of(relu, "--input", "0.5", "--input", "0", "--format", "json");
        assertEquals(new CliRun(0, "[\n  {\"inputs\": {\"dosage\": 0.5}, \"outputs\": {\"effectiveness\": 1.0100000000000016}},\n"
                + "  {\"inputs\": {\"dosage\": 0}, \"outputs\": {\"effectiveness\": 0}}\n]\n", ""), run);
    }

    @Test
    void softmaxNamesTheClassWithNamedInputs() {
        String iris = Scripts.copy("iris-like.nn", folder).toString();
        CliRun run = CliRun.of(iris, "--input", "sepal_width=0,petal_width=1");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("predicted class: setosa (probability 0.9756)\n"
                + "probabilities: setosa = 0.9756, versicolor = 0.01787, virginica = 0.006573\n", run.out());
    }

    @Test
    void traceWalksThroughTheArithmetic() {
        CliRun run = CliRun.of(relu, "--trace", "--input", "0.1");
        assertEquals(new CliRun(0, """
                dosage = 0.1

                hidden layer 1
                  node 1
                    x = 0.1 × 1.7 + -0.85 = -0.68
                    relu(-0.68) = 0
                  node 2
                    x = 0.1 × 12.6 + 0 = 1.26
                    relu(1.26) = 1.26

                output layer
                  effectiveness
                    x = 0 × -40.8 + 1.26 × 2.7 + -16 = -12.6
                    relu(-12.6) = 0

                effectiveness = 0
                """, ""), run);
    }

    @Test
    void batchStreamsCsv() throws Exception {
        Path data = folder.resolve("dosages.csv");
        Files.writeString(data, "patient,dosage\na,0\nb,0.5\nc,1\n");
        CliRun run = CliRun.of(relu, "--inputs", data.toString());
        assertEquals(new CliRun(0, "dosage,effectiveness\n0,0\n0.5,1.0100000000000016\n1,0\n", ""), run);
    }

    @Test
    void batchReportsABadRowWithItsLine() throws Exception {
        Path data = folder.resolve("dosages.csv");
        Files.writeString(data, "dosage\n0.5\nlots\n");
        CliRun run = CliRun.of(relu, "--inputs", data.toString());
        assertEquals(1, run.exitCode());
        assertEquals("dosage,effectiveness\n0.5,1.0100000000000016\n", run.out());
        assertEquals(data + ":3:1: error: expected a number in column 'dosage' but found 'lots'", firstLine(run.err()));
    }

    /**
     * The diagnostic itself; the excerpt of the file that follows it is {@link BatchBadRowTest}'s.
     */
    private static String firstLine(String err) {
        return err.lines().findFirst().orElse("");
    }

    @Test
    void batchReportsAMissingColumn() throws Exception {
        Path data = folder.resolve("dosages.csv");
        Files.writeString(data, "dose\n0.5\n");
        CliRun run = CliRun.of(relu, "--inputs", data.toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals(data + ":1:1: error: the data have no column 'dosage' for input 'dosage' (did you mean 'dose'?)",
                firstLine(run.err()));
    }

    @Test
    void invalidScriptGivesEveryDiagnosticWithACaret() {
        String bad = Scripts.copy("bad-activation.nn", folder).toString();
        CliRun run = CliRun.of(bad, "--input", "1");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals(bad + ":2:8: error: unknown activation 'reluu' (did you mean 'relu'?)\n"
                + "  hidden reluu w=1.70 b=-0.85\n"
                + "         ^\n", run.err());
    }

    @Test
    void missingScriptIsInvalidInput() {
        Path missing = folder.resolve("nope.nn");
        assertEquals(new CliRun(1, "", missing + ":1:1: error: file not found\n"), CliRun.of(missing.toString(), "--input", "1"));
    }

    @Test
    void wrongNumberOfInputsIsAUsageError() {
        CliRun run = CliRun.of(relu, "--input", "0.5,1");
        assertEquals(2, run.exitCode());
        assertEquals("nnrun: --input '0.5,1': expected 1 value (dosage), got 2\n"
                + "Try 'nnrun --help' for more information.\n", run.err());
    }

    @Test
    void runningAScriptTrainsThenPredictsAndReports() {
        String backprop = Scripts.copy("backprop.nn", folder).toString();
        assertEquals(new CliRun(0, "effectiveness = 0.9813\nloss = 0.0004472 (ssr, sum over 3 training rows)\n",
                "step 100/1000 (10%)  loss 0.01583\n"
                        + "trained 167 steps (167 epochs): every parameter's step fell below min_step=0.001\n"
                        + "final loss (ssr, 3 training rows) = 0.0004472\n"), CliRun.of(backprop));
    }

    @Test
    void aScriptWithNothingToRunSaysSo() {
        assertEquals(new CliRun(0, "", relu + ": nothing to run (no data and train lines, no predict or report lines);"
                + " try --input VALUES or nnrun check\n"), CliRun.of(relu));
    }
}
