package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.command.ErrorHandler;
import dev.nnscript.dsl.files.WriteFailedException;
import dev.nnscript.dsl.NnScripts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Where nnrun writes files: checked up front, written atomically, the input safe when it is the output. */
class OutputFilesTest {

    @TempDir
    Path folder;

    private List<String> folderContents() throws IOException {
        return Folders.contents(folder);
    }

    @Test
    void trainChecksTheOutFolderBeforeTraining() {
        Path script = Scripts.copy("backprop.nn", folder);
        Path out = folder.resolve("missing").resolve("trained.nn");
        CliRun run = CliRun.of("train", script.toString(), "--out", out.toString());
        assertEquals(new CliRun(2, "", "nnrun: --out: the folder " + out.getParent() + " does not exist\n"
                + "Try 'nnrun train --help' for more information.\n"), run);
    }

    @Test
    void plotChecksTheOutFolderToo() {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        CliRun run = CliRun.of("plot", script.toString(), "--out", folder.toString() + ".svg/x.svg");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("nnrun: --out: the folder "), run.err());
    }

    @Test
    void trainingAScriptIntoItselfReplacesItWhole() throws Exception {
        Path script = Scripts.copy("backprop.nn", folder);
        CliRun run = CliRun.of("train", script.toString(), "--steps", "5", "--out", script.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(script).startsWith("# StatQuest, backpropagation main ideas: learn the final bias\n"
                + "input dosage\n"), "canonical, with the comment line kept");
        assertTrue(NnScripts.load(script).succeeded());
        assertEquals(List.of("backprop.nn"), folderContents(), "no temporary file left");
    }

    @Test
    void fmtWriteLeavesOnlyTheFormattedFile() throws Exception {
        Path script = Scripts.copy("backprop.nn", folder);
        String canonical = CliRun.of("fmt", script.toString()).out();
        assertEquals(new CliRun(0, "", ""), CliRun.of("fmt", script.toString(), "--write"));
        assertEquals(canonical, Files.readString(script));
        assertEquals(List.of("backprop.nn"), folderContents());
    }

    @Test
    void trainRefusesAnOutThatIsTheDataFile() throws IOException {
        Path script = Scripts.copy("backprop.nn", folder);
        Path data = Files.writeString(folder.resolve("d.csv"), "dosage,effectiveness\n0,0\n0.5,1\n1,0\n");
        CliRun run = CliRun.of("train", script.toString(), "--steps", "2", "--data", data.toString(), "--out",
                folder.resolve(".").resolve("d.csv").toString());
        assertEquals(new CliRun(2, "", "nnrun: --out " + folder.resolve(".").resolve("d.csv") + " is the data file"
                + " training reads (" + data + "); write the trained model to another file\n"
                + "Try 'nnrun train --help' for more information.\n"), run);
        assertEquals("dosage,effectiveness\n0,0\n0.5,1\n1,0\n", Files.readString(data));
    }

    @Test
    void trainRefusesAnOutThatIsTheScriptsOwnDataFile() throws IOException {
        Path data = Files.writeString(folder.resolve("d.csv"), "dosage,effectiveness\n0,0\n0.5,1\n1,0\n");
        Path script = Files.writeString(folder.resolve("model.nn"), "input dosage\nhidden relu w=? b=?\n"
                + "output effectiveness identity w=? b=?\ndata \"d.csv\"\ntrain steps=2\n");
        CliRun run = CliRun.of("train", script.toString(), "--out", data.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("nnrun: --out " + data + " is the data file training reads ("), run.err());
        assertEquals("dosage,effectiveness\n0,0\n0.5,1\n1,0\n", Files.readString(data));
    }

    /** Stands for a command whose write fails after its checks passed (a full disk, say). */
    @Command(name = "failing")
    static final class FailingWrite implements Callable<Integer> {
        @Override
        public Integer call() throws WriteFailedException {
            throw new WriteFailedException(Path.of("out", "model.nn"), new NoSuchFileException("out/model.nn"));
        }
    }

    @Test
    void aFailedWriteIsExitCodeOneWithTheReasonNotAnInternalError() {
        StringWriter err = new StringWriter();
        ErrorHandler handler = new ErrorHandler();
        CommandLine commandLine = new CommandLine(new FailingWrite());
        commandLine.setErr(new PrintWriter(err));
        commandLine.setExecutionExceptionHandler(handler);
        assertEquals(ExitCodes.INVALID, commandLine.execute());
        String text = err.toString().replace(System.lineSeparator(), "\n");
        assertEquals("nnrun: cannot write " + Path.of("out", "model.nn")
                + ": the folder does not exist; the file was left as it was\n", text);
        assertFalse(text.contains("internal error"));
    }
}
