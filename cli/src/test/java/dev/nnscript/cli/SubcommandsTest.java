package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.ProgressListener;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.core.train.TrainingResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.data.ScriptData;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.script.TrainingConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code nnrun train|plot|check|fmt}, black box. */
class SubcommandsTest {

    @TempDir
    Path folder;

    @Test
    void trainedModelReloadsAndPredictsExactlyWhatTheTrainerGave() throws Exception {
        Path script = Scripts.copy("backprop.nn", folder);
        Path out = folder.resolve("trained.nn");
        CliRun run = CliRun.of("train", script.toString(), "--steps", "40", "--lr", "0.05", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("trained 40 steps (40 epochs): reached the step limit\n"), run.err());
        assertTrue(run.err().endsWith("wrote " + out + "\n"), run.err());

        Script original = NnScripts.load(script).script();
        Dataset data = ScriptData.load(original, script.toString()).dataset();
        TrainingResult direct = Trainer.train(original.network(), data,
                TrainingConfigs.of(original.training(), original.network()).withMaxSteps(40).withLearningRate(0.05),
                ProgressListener.NONE);
        Network reloaded = NnScripts.load(out).script().network();
        assertEquals(direct.network(), reloaded);
        for (int i = 0; i <= 100; i++) {
            double dosage = i / 100.0;
            assertArrayEquals(direct.network().predict(dosage), reloaded.predict(dosage), 0.0, "dosage " + dosage);
        }
    }

    @Test
    void trainWritesTheScriptToStandardOutputWithoutOut() {
        Path script = Scripts.copy("backprop.nn", folder);
        CliRun run = CliRun.of("train", script.toString(), "--steps", "3", "--optimizer", "adam", "--batch", "full");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# StatQuest, backpropagation main ideas: learn the final bias\n"
                + "input dosage\n"), "the script's comments are kept: " + run.out());
        assertTrue(run.out().contains("output effectiveness identity w="), run.out());
    }

    @Test
    void trainRejectsBadFlagValuesAsUsageErrors() {
        Path script = Scripts.copy("backprop.nn", folder);
        CliRun loss = CliRun.of("train", script.toString(), "--loss", "hinge");
        assertEquals(2, loss.exitCode());
        assertTrue(loss.err().startsWith("nnrun: unknown loss 'hinge' (losses: ssr, mse, mae, cross-entropy,"), loss.err());
        CliRun batch = CliRun.of("train", script.toString(), "--batch", "0");
        assertEquals(2, batch.exitCode());
        assertTrue(batch.err().startsWith("nnrun: --batch takes a positive whole number or 'full', not '0'"), batch.err());
        CliRun both = CliRun.of("train", script.toString(), "--steps", "3", "--epochs", "3");
        assertEquals(2, both.exitCode());
        assertEquals("", both.out());
    }

    @Test
    void trainGivesTheSameScriptOnAnyNumberOfThreads() {
        Path script = Scripts.copy("backprop.nn", folder);
        CliRun one = CliRun.of("train", script.toString(), "--steps", "20", "--threads", "1");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(one.out(), CliRun.of("train", script.toString(), "--steps", "20", "--threads", "3").out());
        CliRun none = CliRun.of("train", script.toString(), "--threads", "0");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().startsWith("nnrun: --threads takes a whole number from 1 to "), none.err());
    }

    @Test
    void trainWithoutDataIsInvalidInput() {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        CliRun run = CliRun.of("train", script.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error: the script has no data line"), run.err());
    }

    @Test
    void trainWithAMissingDataFileIsInvalidInput() {
        Path script = Scripts.copy("backprop.nn", folder);
        CliRun run = CliRun.of("train", script.toString(), "--data", folder.resolve("none.csv").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error: data file not found"), run.err());
    }

    @Test
    void plotWritesAnSvgWithCurvesAndLabels() throws Exception {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        Path svg = folder.resolve("relu.svg");
        CliRun run = CliRun.of("plot", script.toString(), "--from", "0", "--to", "1", "--out", svg.toString());
        assertEquals(new CliRun(0, "wrote " + svg + "\n", ""), run);
        String text = Files.readString(svg);
        for (String label : new String[] {"node 1 × -40.8", "node 2 × 2.7", "sum + bias (-16)", "effectiveness = relu(sum)",
            "dosage"}) {
            assertTrue(text.contains(label), label);
        }
    }

    @Test
    void plotDrawsInTheTerminalWithoutOut() {
        Path script = Scripts.copy("iris-like.nn", folder);
        CliRun run = CliRun.of("plot", script.toString(), "--from", "-1", "--to", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  A  setosa\n  B  versicolor\n  C  virginica\n"), run.out());
    }

    @Test
    void plotRefusesAnEmptyRangeAndOtherFormats() {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        assertEquals(2, CliRun.of("plot", script.toString(), "--from", "1", "--to", "0").exitCode());
        CliRun pdf = CliRun.of("plot", script.toString(), "--out", "x.pdf");
        assertEquals(2, pdf.exitCode());
        assertTrue(pdf.err().startsWith("nnrun: --out must name an .svg or .png file, not 'x.pdf'"), pdf.err());
    }

    @Test
    void checkSummarisesAValidScript() {
        Path script = Scripts.copy("backprop.nn", folder);
        CliRun run = CliRun.of("check", script.toString());
        assertEquals(new CliRun(0, script + ": ok\n"
                + "  inputs      dosage\n"
                + "  layer 1     hidden, 2 nodes, softplus\n"
                + "  layer 2     output effectiveness, identity\n"
                + "  parameters  7 (1 unknown, 0 frozen)\n", ""), run);
    }

    @Test
    void checkReportsEveryProblem() {
        Path script = Scripts.copy("bad-activation.nn", folder);
        CliRun run = CliRun.of("check", script.toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(script + ":2:8: error: unknown activation 'reluu'"), run.err());
    }

    @Test
    void fmtPrintsTheCanonicalForm() {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        CliRun run = CliRun.of("fmt", script.toString());
        assertEquals(new CliRun(0, "# relu-in-action.nn: StatQuest, Neural Networks Part 3\n"
                + "input dosage\nhidden relu w=1.7 b=-0.85\nhidden relu w=12.6 b=0\n"
                + "output effectiveness relu w=[-40.8, 2.7] b=-16\n", ""), run);
    }

    @Test
    void fmtWriteRewritesTheFileInPlace() throws Exception {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        CliRun run = CliRun.of("fmt", script.toString(), "--write");
        assertEquals(new CliRun(0, "", ""), run);
        assertEquals(CliRun.of("fmt", script.toString()).out(), Files.readString(script));
        assertTrue(Files.readString(script).startsWith("# relu-in-action.nn: StatQuest, Neural Networks Part 3\n"
                + "input dosage\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"train", "plot", "check", "fmt", "serve", "export", "import", "completion", "lsp"})
    void everySubcommandHasHelpWithAnExample(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Example"), run.out());
        assertTrue(run.out().contains("nnrun " + command), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"train", "plot", "check", "fmt", "serve", "export"})
    void everySubcommandNeedsAFile(String command) {
        CliRun run = CliRun.of(command);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("nnrun: Missing required parameter: 'FILE'"), run.err());
    }
}
