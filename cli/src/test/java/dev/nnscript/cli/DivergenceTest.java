package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.ProgressListener;
import dev.nnscript.core.train.StopReason;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.core.train.TrainingResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.data.ScriptData;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.script.TrainingConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loss that becomes NaN or infinite stops training with exit code 3 and keeps the last finite model. */
class DivergenceTest {

    /** diverging.nn's own comment, which the trained model keeps. */
    private static final String SCRIPT_COMMENT =
            "# backprop.nn with a learning rate far too large: the loss overflows within a few steps\n";

    @TempDir
    Path folder;

    /** What the trainer itself does with diverging.nn. */
    private TrainingResult direct(Path script) {
        Script original = NnScripts.load(script).script();
        Dataset data = ScriptData.load(original, script.toString()).dataset();
        return Trainer.train(original.network(), data, TrainingConfigs.of(original.training(), original.network()),
                ProgressListener.NONE);
    }

    @Test
    void trainStopsWithTheStepTheLossTailAndAHintAndWritesTheLastFiniteModelMarked() throws Exception {
        Path script = Scripts.copy("diverging.nn", folder);
        Path out = folder.resolve("trained.nn");
        TrainingResult direct = direct(script);
        assertEquals(StopReason.DIVERGED, direct.reason());
        long step = direct.divergence().orElseThrow().step();
        long kept = direct.steps();

        CliRun run = CliRun.of("train", script.toString(), "--out", out.toString());

        assertEquals(ExitCodes.DIVERGED, run.exitCode(), run.err());
        assertEquals(3, ExitCodes.DIVERGED);
        assertEquals("", run.out());
        String err = run.err();
        assertTrue(err.startsWith("nnrun: training diverged: loss is Infinity at step " + step + "\n"), err);
        assertTrue(Pattern.compile("\n  loss before steps 1-" + kept + ": 20\\.42, [0-9.e]+, ").matcher(err).find(), err);
        assertTrue(err.contains("\n  hint: the learning rate (1e30) is probably too large; lower it, e.g. try --lr 1e29\n"),
                err);
        String note = "training diverged (loss is Infinity at step " + step + "); kept the last model with a finite loss,"
                + " after step " + kept;
        assertTrue(err.contains("\ntrained " + kept + " steps (" + kept + " epochs): STOPPED, " + note + "\n"), err);
        assertTrue(err.endsWith("wrote " + out + ", marked unfinished: " + note + "\n"), err);

        String saved = Files.readString(out);
        assertTrue(saved.startsWith("# nnrun: " + note + "\n" + SCRIPT_COMMENT + "input dosage\n"), saved);
        Network reloaded = NnScripts.load(out).script().network();
        assertEquals(direct.network(), reloaded, "the saved model is the trainer's last finite one, bit for bit");
        assertTrue(Double.isFinite(direct.finalLoss()));
    }

    @Test
    void withoutOutTheMarkedModelGoesToStandardOutput() {
        Path script = Scripts.copy("diverging.nn", folder);
        CliRun run = CliRun.of("train", script.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# nnrun: training diverged (loss is Infinity at step "), run.out());
        assertTrue(run.out().contains("\ninput dosage\n"), run.out());
    }

    @Test
    void runningTheScriptPredictsWithTheLastFiniteModelAndExitsThree() {
        Path script = Scripts.copy("diverging.nn", folder);
        CliRun run = CliRun.of(script.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("effectiveness = "), run.out());
        assertTrue(run.err().contains("hint: the learning rate (1e30) is probably too large"), run.err());
    }

    @Test
    void aLowerLearningRateFromTheHintTrains() {
        Path script = Scripts.copy("diverging.nn", folder);
        CliRun run = CliRun.of("train", script.toString(), "--lr", "0.01", "--steps", "20");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("trained 20 steps (20 epochs): reached the step limit\n"), run.err());
        assertTrue(run.out().startsWith(SCRIPT_COMMENT + "input dosage\n"), "a finished model carries no mark: " + run.out());
    }

    @Test
    void aStartingModelWithAnInfiniteLossIsKeptAsItWasAndSaysWhereToLook() throws Exception {
        Path script = Scripts.copy("backprop.nn", folder);
        Path data = Files.writeString(folder.resolve("huge.csv"), "dosage,effectiveness\n0,1e300\n1,0\n");
        CliRun run = CliRun.of("train", script.toString(), "--data", data.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("nnrun: training diverged: loss is Infinity at step 1\n"
                + "  hint: the starting model's loss is not finite; look for huge values in the data or the weights\n"),
                run.err());
        assertTrue(run.out().startsWith("# nnrun: training diverged (loss is Infinity at step 1); the starting model's"
                + " loss is not finite, so it was kept as it was\n"), run.out());
    }

    @Test
    void aParameterThatOverflowsWhileTheLossStaysFiniteStopsWithExitThreeAndSavesTheLastFiniteModel()
            throws Exception {
        // The first update sends the hidden node's weight to -Infinity: the unit is dead, the output
        // is 0 and the loss stays 20.25 at every step; only the parameter shows the divergence.
        Path script = Files.writeString(folder.resolve("dead.nn"), """
                input x
                hidden relu w=0.5 b=0
                output y identity w=10 b=0 freeze b
                data x, y
                  1, 4.5
                end
                train lr=1e308 steps=20
                """);
        Path out = folder.resolve("trained.nn");
        CliRun run = CliRun.of("train", script.toString(), "--out", out.toString());
        assertEquals(ExitCodes.DIVERGED, run.exitCode(), run.err());
        String note = "training diverged (a parameter became -Infinity at step 1); kept the last model with a finite"
                + " loss, as it was before training";
        assertTrue(run.err().startsWith("nnrun: training diverged: a parameter became -Infinity at step 1\n"
                + "  hint: the learning rate (1e308) is probably too large; lower it, e.g. try --lr 1e307\n"), run.err());
        assertTrue(run.err().endsWith("wrote " + out + ", marked unfinished: " + note + "\n"), run.err());
        String saved = Files.readString(out);
        assertTrue(saved.startsWith("# nnrun: " + note + "\ninput x\nhidden relu w=0.5 b=0\n"), saved);
    }
}
