package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real signals to a real nnrun process: Ctrl-C during training saves the model of the last
 * completed step; SIGKILL and SIGTERM at any moment, including in the middle of writing, leave the
 * target with its complete old or complete new content, never part of it.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SignalsIT {

    /** Enough steps that training is still running when the signal comes (a progress line every tenth). */
    private static final String ENDLESS = "10000000";

    /** A progress line, the first of them once a tenth of the steps are done. */
    private static final Pattern PROGRESS = Pattern.compile("(^|\n)step \\d+/");

    @TempDir
    Path folder;

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
    void sigkillInTheMiddleOfFmtWriteLeavesTheOldOrTheNewFileNeverPart() throws Exception {
        Path big = BigScripts.write(folder.resolve("big.nn"), 50, 200, 1);
        byte[] old = Files.readAllBytes(big);
        byte[] canonical = CliRun.of("fmt", big.toString()).out().getBytes(StandardCharsets.UTF_8);
        int midWrite = 0;
        int attempt = 0;
        for (; attempt < 3 && midWrite == 0; attempt++) {
            Files.write(big, old);
            try (RunningProcess nnrun = RunningProcess.java(List.of(), "fmt", big.toString(), "--write")) {
                if (awaitWriting(nnrun, big, old)) {
                    nnrun.killNow();
                }
                nnrun.await();
            }
            byte[] now = Files.readAllBytes(big);
            assertTrue(java.util.Arrays.equals(old, now) || java.util.Arrays.equals(canonical, now),
                    "the file is " + now.length + " bytes: neither the old " + old.length + " nor the new "
                            + canonical.length);
            List<String> strays = temporaryFiles();
            midWrite += strays.isEmpty() ? 0 : 1;
            for (String stray : strays) {
                Files.delete(folder.resolve(stray));
            }
        }
        assertTrue(midWrite > 0, "none of " + attempt + " attempts killed nnrun while its temporary file existed");
    }

    @Test
    void sigtermInTheMiddleOfFmtWriteLeavesTheOldOrTheNewFileAndNoTemporaryFile() throws Exception {
        Path big = BigScripts.write(folder.resolve("big.nn"), 50, 200, 2);
        byte[] old = Files.readAllBytes(big);
        byte[] canonical = CliRun.of("fmt", big.toString()).out().getBytes(StandardCharsets.UTF_8);
        try (RunningProcess nnrun = RunningProcess.java(List.of(), "fmt", big.toString(), "--write")) {
            assertTrue(awaitWriting(nnrun, big, old), "nnrun ended before it started writing");
            nnrun.terminateNow();
            nnrun.await();
        }
        byte[] now = Files.readAllBytes(big);
        assertTrue(java.util.Arrays.equals(old, now) || java.util.Arrays.equals(canonical, now),
                "the file is " + now.length + " bytes: neither the old " + old.length + " nor the new " + canonical.length);
        assertEquals(List.of(), temporaryFiles(), "the exit hook removed the temporary file");
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

    /**
     * Polls as fast as it can until nnrun has started writing {@code target}: its temporary file
     * exists, or (were the write not atomic) the target no longer holds {@code old}. False if nnrun
     * ended first.
     */
    private boolean awaitWriting(RunningProcess nnrun, Path target, byte[] old) throws IOException {
        while (nnrun.isAlive()) {
            if (!temporaryFiles().isEmpty() || Files.size(target) != old.length) {
                return true;
            }
            Thread.onSpinWait();
        }
        return false;
    }

    private List<String> temporaryFiles() throws IOException {
        return folderContents().stream().filter(name -> name.endsWith(".tmp")).toList();
    }

    private List<String> folderContents() throws IOException {
        return Folders.contents(folder);
    }
}
