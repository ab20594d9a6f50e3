package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.groovy.NnDsl;
import dev.nnscript.dsl.script.LossKind;
import dev.nnscript.dsl.script.OptimizerKind;
import dev.nnscript.dsl.validate.TrainingSettingsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code nnrun train}'s flags: their bounds, their number syntax and what each overrides. */
class TrainingFlagsTest {

    /** Unknown weights (drawn from the seed), momentum written without a momentum optimizer, held-out rows. */
    private static final String SCRIPT = """
            input x
            hidden 2 relu
            output y identity
            data x, y holdout=0.25
              0, 1
              1, 3
              2, 5
              3, 7
              4, 9
              5, 11
              6, 13
              7, 15
            end
            train lr=0.01 momentum=0.5 steps=30 seed=3
            """;

    /** The same without momentum=, so no warning comes before the messages under test. */
    private static final String PLAIN = SCRIPT.replace(" momentum=0.5", "");

    @TempDir
    Path folder;

    private Path script(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text);
    }

    /** The trained network a command line writes to standard output. */
    private Network trained(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return NnScripts.load(script("trained-" + System.nanoTime() + ".nn", run.out())).script().network();
    }

    @Test
    void threadsAreBoundedByTheProcessors() throws Exception {
        Path file = script("model.nn", PLAIN);
        int most = 4 * Runtime.getRuntime().availableProcessors();
        for (String count : new String[] {"0", String.valueOf(most + 1), "1500"}) {
            CliRun run = CliRun.of("train", file.toString(), "--threads", count);
            assertEquals(2, run.exitCode(), count + ": " + run.err());
            assertTrue(run.err().startsWith("nnrun: --threads takes a whole number from 1 to " + most
                    + " (4 per processor of this machine), not " + count + "\n"), run.err());
            assertEquals("", run.out());
        }
        assertEquals(0, CliRun.of("train", file.toString(), "--threads", String.valueOf(most)).exitCode());
    }

    @ParameterizedTest
    @CsvSource({"--epochs, 0", "--steps, 0", "--epochs, -1", "--steps, -5"})
    void aRunLengthBelowOneSaysWhatIsWrong(String flag, String value) throws Exception {
        CliRun run = CliRun.of("train", script("model.nn", PLAIN).toString(), flag, value);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("nnrun: " + flag + " must be at least 1, not " + value + "\n"), run.err());
    }

    /** Every numeric option reads the .nn number syntax: what a .nn file refuses, every option refuses. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "train | --lr | 0x1p3 | '0x1p3' is not a number (write numbers as in a .nn file: 2, -0.5, 1e-3)",
        "train | --lr | 1d | '1d' is not a number (write numbers as in a .nn file: 2, -0.5, 1e-3)",
        "train | --lr | NaN | 'NaN' is not a finite number",
        "train | --lr | -Infinity | '-Infinity' is not a finite number",
        "train | --lr | 1e999 | number '1e999' is too large for a double",
        "train | --epochs | 0x10 | '0x10' is not a whole number (write digits, such as 100)",
        "train | --steps | 1e3 | '1e3' is not a whole number (write digits, such as 100)",
        "train | --seed | 0x10 | '0x10' is not a whole number (write digits, such as 100)",
        "train | --seed | 99999999999999999999 | whole number '99999999999999999999' is out of range"
            + " (-9223372036854775808 to 9223372036854775807)",
        "train | --threads | 0x2 | '0x2' is not a whole number (write digits, such as 100)",
        "plot | --from | 0x1 | '0x1' is not a number (write numbers as in a .nn file: 2, -0.5, 1e-3)",
    })
    void numericOptionsRefuseWhatTheLanguageRefuses(String command, String option, String value, String message)
            throws Exception {
        CliRun run = CliRun.of(command, script("model.nn", PLAIN).toString(), option, value);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("nnrun: Invalid value for option '" + option + "': " + message + "\n"),
                run.err());
    }

    @Test
    void numericOptionsAcceptTheLanguagesForms() throws Exception {
        Path file = script("model.nn", SCRIPT);
        for (String[] flags : new String[][] {{"--lr", ".01"}, {"--lr", "+1E-2"}, {"--seed", "-3"}, {"--seed", "+3"},
            {"--steps", "+30"}}) {
            CliRun run = CliRun.of("train", file.toString(), flags[0], flags[1]);
            assertEquals(0, run.exitCode(), String.join(" ", flags) + ": " + run.err());
        }
        assertEquals(trained("train", file.toString(), "--seed", "3"), trained("train", file.toString(), "--seed", "+3"));
    }

    @ParameterizedTest
    @CsvSource({"momentum", "nesterov"})
    void anOptimizerFlagKeepsTheScriptsMomentum(String optimizer) throws Exception {
        Path flagged = script("model.nn", SCRIPT);
        Path written = script("written.nn", SCRIPT.replace("train lr=", "train optimizer=" + optimizer + " lr="));
        CliRun run = CliRun.of("train", flagged.toString(), "--optimizer", optimizer);
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("momentum is used only"), "the flag makes momentum= apply: " + run.err());
        assertEquals(trained("train", written.toString()), trained("train", flagged.toString(), "--optimizer", optimizer),
                "momentum=0.5, not the default 0.9");
        Path defaultMomentum = script("default.nn", SCRIPT.replace("train lr=", "train optimizer=" + optimizer + " lr=")
                .replace(" momentum=0.5", ""));
        assertFalse(trained("train", defaultMomentum.toString()).equals(trained("train", written.toString())),
                "the test tells momentum 0.5 from the default");
    }

    @Test
    void theSeedFlagDrawsTheSameStartingWeightsAsTheScriptsSeed() throws Exception {
        Path flagged = script("model.nn", SCRIPT);
        Path written = script("written.nn", SCRIPT.replace("seed=3", "seed=7"));
        Network fromFlag = trained("train", flagged.toString(), "--seed", "7");
        assertEquals(trained("train", written.toString()), fromFlag,
                "initial weights, held-out rows and shuffling all flow from the one seed");
        assertFalse(fromFlag.equals(trained("train", flagged.toString())), "another seed, other weights");
        Network fromGroovy = NnDsl.load(flagged).train(Map.of("seed", 7)).getNetwork().getScript().network();
        assertEquals(fromFlag, fromGroovy, "Groovy's train(seed: 7) gives the same bits");
    }

    @Test
    void theSummaryCountsTheTrainingRowsAndHintsAtAStalledSgdRun() throws Exception {
        Path file = script("model.nn", PLAIN);
        CliRun stalled = CliRun.of("train", file.toString(), "--lr", "0.05");
        assertEquals(0, stalled.exitCode(), stalled.err());
        assertTrue(stalled.err().contains("\nfinal loss (ssr, 6 training rows) = 150\n"
                + "hint: the loss stopped falling during training (from 319.9 to 150); if it should go lower, with sgd try a"
                + " smaller learning rate than 0.05 (--lr 0.005), or --optimizer adam\n"
                + "held-out loss = 18 (ssr, sum over 2 held-out rows)\n"), stalled.err());
        CliRun learned = CliRun.of("train", file.toString(), "--lr", "0.001");
        assertTrue(learned.err().contains("\nfinal loss (ssr, 6 training rows) = "), learned.err());
        assertFalse(learned.err().contains("hint:"), learned.err());
    }

    /** The help and the messages list the dsl's names: every one listed is accepted, an unknown one lists them all. */
    @Test
    void theLossAndOptimizerNamesAreTheScriptLanguages() throws Exception {
        String help = CliRun.of("train", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains(" " + TrainingSettingsReader.orList(LossKind.NAMES) + "."), help);
        assertTrue(help.contains(" " + TrainingSettingsReader.orList(OptimizerKind.NAMES) + " (the script's"), help);
        Path file = script("model.nn", PLAIN);
        for (String loss : LossKind.NAMES) {
            // accepted, not a usage error (2); binary-cross-entropy needs sigmoid outputs and
            // cross-entropy a softmax output layer (1), which is the script's problem, not the flag's
            assertNotEquals(2, CliRun.of("train", file.toString(), "--steps", "1", "--loss", loss).exitCode(), loss);
        }
        // Refused before training, not a NaN loss at step 1 blamed on huge values.
        assertEquals(new CliRun(1, "", file + ": error: the binary-cross-entropy loss needs outputs between 0 and 1:"
                + " give the output layer the sigmoid activation (or softmax)\n"),
                CliRun.of("train", file.toString(), "--steps", "1", "--loss", "binary-cross-entropy"));
        for (String optimizer : OptimizerKind.NAMES) {
            assertEquals(0, CliRun.of("train", file.toString(), "--steps", "1", "--optimizer", optimizer).exitCode(),
                    optimizer);
        }
        assertEquals("nnrun: unknown optimizer 'adm' (optimizers: " + String.join(", ", OptimizerKind.NAMES) + ")",
                CliRun.of("train", file.toString(), "--optimizer", "adm").err().lines().findFirst().orElseThrow());
        assertEquals("nnrun: unknown loss 'hinge' (losses: " + String.join(", ", LossKind.NAMES) + ")",
                CliRun.of("train", file.toString(), "--loss", "hinge").err().lines().findFirst().orElseThrow());
    }

    /**
     * More epochs than a step count can hold: the plan is the longest count, so the progress lines
     * neither divide by an overflowed zero nor count to a negative plan; a target loss ends the run.
     */
    @Test
    void epochsPastTheLongestStepCountTrainAsPlanned() throws Exception {
        // 8 rows in batches of 1 for 2^61 epochs: 2^64 steps, which as a long is 0.
        Path file = script("long.nn", PLAIN.replace(" holdout=0.25", "").replace("steps=30", "target_loss=1000"));
        CliRun run = CliRun.of("train", file.toString(), "--epochs", "2305843009213693952", "--batch", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("internal error") || run.err().contains("/-"), run.err());
        assertTrue(run.err().contains("the loss fell below target_loss=1000"), run.err());
    }
}
