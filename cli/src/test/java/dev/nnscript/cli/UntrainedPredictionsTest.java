package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs computed while unknown ({@code ?}) parameters hold their initial values are flagged on
 * standard error, by the one-shot fast path and the full command line alike; a script whose every
 * parameter has a value says nothing.
 */
class UntrainedPredictionsTest {

    @TempDir
    Path folder;

    private static String warning(Path script, int unknown, int all) {
        return script + ": warning: " + unknown + " of " + all + " parameters are unknown (?) and not trained,"
                + " so the outputs come from their initial values; train first: nnrun train " + script
                + " --out TRAINED.nn\n";
    }

    @Test
    void inputOnAnUntrainedScriptWarns() {
        Path script = Scripts.copy("backprop.nn", folder); // b=? and a train line, not trained
        CliRun run = CliRun.assertMainAnswersAlike(script.toString(), "--input", "0.5");
        assertEquals(0, run.exitCode());
        assertEquals(warning(script, 1, 7), run.err());
        assertFalse(run.out().isEmpty());
    }

    @Test
    void everyFormatAndTheTraceWarnAlike() throws IOException {
        Path script = Files.writeString(folder.resolve("fresh.nn"), "input a, b\nhidden 3 tanh\noutput y sigmoid\n");
        for (String[] args : new String[][] {
            {script.toString(), "--input", "0,1", "--format", "csv"},
            {script.toString(), "--input", "0,1", "--format", "json"},
            {script.toString(), "--trace", "--input", "0,1"}}) {
            CliRun run = CliRun.assertMainAnswersAlike(args);
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(warning(script, 13, 13), run.err(), String.join(" ", args));
        }
    }

    @Test
    void batchInferenceOnAnUntrainedScriptWarns() throws IOException {
        Path script = Scripts.copy("backprop.nn", folder);
        Path inputs = Files.writeString(folder.resolve("in.csv"), "dosage\n0\n0.5\n");
        CliRun file = CliRun.assertMainAnswersAlike(script.toString(), "--inputs", inputs.toString());
        assertEquals(warning(script, 1, 7), file.err());
        assertEquals(3, file.out().lines().count(), file.out());

        byte[] stdin = "dosage\n0.5\n".getBytes(StandardCharsets.UTF_8);
        CliRun fromStdin = CliRun.asMainWithStdin(stdin, script.toString(), "--inputs", "-");
        assertEquals(CliRun.withStdin(stdin, script.toString(), "--inputs", "-"), fromStdin);
        assertEquals(warning(script, 1, 7), fromStdin.err());
    }

    @Test
    void runningPredictLinesWithoutTrainingWarns() throws IOException {
        Path script = Files.writeString(folder.resolve("no-train.nn"),
                "input x\noutput y identity w=? b=0.5\npredict 1\n");
        CliRun run = CliRun.of(script.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(warning(script, 1, 2), run.err());
    }

    @Test
    void aScriptWithEveryParameterKnownSaysNothing() {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        CliRun run = CliRun.assertMainAnswersAlike(script.toString(), "--input", "0.5");
        assertEquals("", run.err());
    }
}
