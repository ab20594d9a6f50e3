package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.ProgressListener;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.data.ScriptData;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.script.TrainingConfigs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real signals to a real nnrun process: Ctrl-C during training saves the model of the last
 * completed step; SIGKILL and SIGTERM at any moment, including in the middle of writing, leave the
 * target with its complete old or complete new content, never part of it.
 */
class SignalsIT {

    /** Enough steps that training is still running when the signal comes (a progress line every tenth). */
    private static final String ENDLESS = "10000000";

    /** A progress line, the first of them once a tenth of the steps are done. */
    private static final Pattern PROGRESS = Pattern.compile("(^|\n)step \\d+/");

    @TempDir
    Path folder;

    /** Where nnrun, paused in the middle of a write, says it is there (outside {@link #folder}). */
    @TempDir
    Path handshake;

    @BeforeAll
    static void signalsAreSentWithKill() {
        Preconditions.requirePosix();
    }

    @Test
    void ctrlCStopsAfterTheLastCompletedStepAndSavesThatModelMarked() throws Exception {
        Path script = Scripts.copy("long-training.nn", folder);
        Path original = Files.copy(script, folder.resolve("original.nn"));
        ProcessRun run;
        try (RunningProcess nnrun = RunningProcess.java(List.of(), "train", script.toString(), "--steps", ENDLESS,
                "--out", script.toString())) {
            assertTrue(nnrun.awaitErr(err -> PROGRESS.matcher(err).find()), "training shows progress");
            nnrun.signal("INT");
            run = nnrun.await();
        }
        assertEquals(ExitCodes.INTERRUPTED, run.exitCode(), run.err());
        Matcher stopped = Pattern.compile("trained (\\d+) steps \\(\\d+ epochs\\): STOPPED, training was interrupted by"
                + " Ctrl-C; kept the model after step (\\d+) of " + ENDLESS + "\n").matcher(run.err());
        assertTrue(stopped.find(), run.err());
        long steps = Long.parseLong(stopped.group(1));
        assertEquals(steps, Long.parseLong(stopped.group(2)));
        assertTrue(run.err().endsWith("wrote " + script + ", marked unfinished: training was interrupted by Ctrl-C;"
                + " kept the model after step " + steps + " of " + ENDLESS + "\n"), run.err());

        String saved = Files.readString(script);
        assertTrue(saved.startsWith("# nnrun: training was interrupted by Ctrl-C; kept the model after step " + steps
                + " of " + ENDLESS + "\n# backprop.nn without min_step and with a small learning rate: trains as long"
                + " as it is asked to\ninput dosage\n"), saved);
        Script before = NnScripts.load(original).script();
        Dataset data = ScriptData.load(before, original.toString()).dataset();
        Network direct = Trainer.train(before.network(), data,
                TrainingConfigs.of(before.training(), before.network()).withMaxSteps(steps), ProgressListener.NONE)
                .network();
        assertEquals(direct, NnScripts.load(script).script().network(),
                "the saved model is exactly the one after the last completed step");
        assertEquals(List.of("long-training.nn", "original.nn"), folderContents());
    }

    @Test
    void sigkillAndSigtermDuringTrainingLeaveTheInputThatIsAlsoTheOutputIntact() throws Exception {
        Path script = Scripts.copy("long-training.nn", folder);
        byte[] old = Files.readAllBytes(script);
        for (String signal : new String[] {"KILL", "TERM"}) {
            try (RunningProcess nnrun = RunningProcess.java(List.of(), "train", script.toString(), "--steps", ENDLESS,
                    "--out", script.toString())) {
                assertTrue(nnrun.awaitErr(err -> PROGRESS.matcher(err).find()), "training shows progress");
                nnrun.signal(signal);
                ProcessRun run = nnrun.await();
                assertEquals(signal.equals("KILL") ? 137 : 143, run.exitCode(), run.err());
            }
            assertArrayEquals(old, Files.readAllBytes(script), "after SIG" + signal);
            assertEquals(List.of("long-training.nn"), folderContents());
        }
    }

    @Test
    void sigkillInTheMiddleOfFmtWriteLeavesTheOldFileAndTheCompleteNewOneBesideIt() throws Exception {
        Path big = BigScripts.write(folder.resolve("big.nn"), 50, 200, 1);
        byte[] old = Files.readAllBytes(big);
        byte[] canonical = CliRun.of("fmt", big.toString()).out().getBytes(StandardCharsets.UTF_8);
        assertFalse(java.util.Arrays.equals(old, canonical), "the file changes when formatted");
        String temporary;
        try (RunningProcess nnrun = pausedBeforeRename("fmt", big.toString(), "--write")) {
            temporary = awaitPause(nnrun);
            nnrun.killNow();
            nnrun.await();
        }
        assertArrayEquals(old, Files.readAllBytes(big), "the target still holds its old content");
        assertEquals(List.of(Path.of(temporary).getFileName().toString()), temporaryFiles(),
                "SIGKILL runs no exit hook: the temporary file stays");
        assertArrayEquals(canonical, Files.readAllBytes(Path.of(temporary)),
                "the paused write had its complete new content in the temporary file");
    }

    @Test
    void sigtermInTheMiddleOfFmtWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path big = BigScripts.write(folder.resolve("big.nn"), 50, 200, 2);
        byte[] old = Files.readAllBytes(big);
        try (RunningProcess nnrun = pausedBeforeRename("fmt", big.toString(), "--write")) {
            awaitPause(nnrun);
            nnrun.terminateNow();
            ProcessRun run = nnrun.await();
            assertEquals(143, run.exitCode(), run.err());
        }
        assertArrayEquals(old, Files.readAllBytes(big), "the target still holds its old content");
        assertEquals(List.of("big.nn"), folderContents(), "the exit hook removed the temporary file");
    }

    @Test
    void aNormalFmtWriteLeavesOnlyTheNewFile() throws Exception {
        Path big = BigScripts.write(folder.resolve("big.nn"), 20, 20, 3);
        byte[] canonical = CliRun.of("fmt", big.toString()).out().getBytes(StandardCharsets.UTF_8);
        ProcessRun run = ProcessRun.java(List.of(), ProcessRun::none, "fmt", big.toString(), "--write");
        assertEquals(new ProcessRun(0, "", ""), run);
        assertArrayEquals(canonical, Files.readAllBytes(big));
        assertEquals(List.of("big.nn"), folderContents());
    }

    /** nnrun with the write pause on ({@code AtomicFiles.PAUSE_BEFORE_RENAME}), reporting to {@link #handshake}. */
    private RunningProcess pausedBeforeRename(String... args) {
        return RunningProcess.java(List.of("-Dnnrun.test.pauseBeforeRename=" + handshake.resolve("paused")), args);
    }

    /**
     * Waits until nnrun has paused with the new content in its temporary file and the target not yet
     * replaced; returns the temporary file's path. Fails if nnrun ended instead.
     */
    private String awaitPause(RunningProcess nnrun) throws Exception {
        Path paused = handshake.resolve("paused");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            String temporary = Files.exists(paused) ? Files.readString(paused) : "";
            if (temporary.endsWith(".tmp")) {
                return temporary;
            }
            if (!nnrun.isAlive()) {
                throw new AssertionError("nnrun ended without pausing in the middle of its write: " + nnrun.await());
            }
            Thread.sleep(5);
        }
        throw new AssertionError("nnrun did not reach the middle of its write in 120 s");
    }

    private List<String> temporaryFiles() throws IOException {
        return folderContents().stream().filter(name -> name.endsWith(".tmp")).toList();
    }

    private List<String> folderContents() throws IOException {
        return Folders.contents(folder);
    }
}
