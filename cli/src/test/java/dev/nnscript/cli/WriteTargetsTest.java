package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output to what is not a regular file, by real nnrun processes: a device or a FIFO is written
 * through and stays what it was, {@code /dev/stdout} is the process's standard output, and what
 * cannot take a model is refused before training. Devices are mknod copies in the test's folder.
 */
class WriteTargetsTest {

    @TempDir
    Path folder;

    private ProcessRun train(Path script, String out) {
        return ProcessRun.java(List.of(), ProcessRun::none, "train", script.toString(), "--steps", "2", "--out", out);
    }

    @Test
    void aCharacterDeviceIsWrittenThroughNotReplaced() {
        Path script = Scripts.copy("backprop.nn", folder);
        Path device = SpecialFiles.nullDevice(folder, "null");
        ProcessRun run = train(script, device.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(SpecialFiles.CHARACTER_DEVICE, SpecialFiles.type(device), "still a device");
    }

    @Test
    void aSymbolicLinkToADeviceLeavesBothInPlace() throws IOException {
        Path script = Scripts.copy("backprop.nn", folder);
        Path device = SpecialFiles.nullDevice(folder, "null");
        Path link = Files.createSymbolicLink(folder.resolve("to-null"), device.getFileName());
        ProcessRun run = train(script, link.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(SpecialFiles.CHARACTER_DEVICE, SpecialFiles.type(device));
    }

    @Test
    void aFullDeviceIsAFailedWriteAndStaysADevice() {
        Path script = Scripts.copy("backprop.nn", folder);
        Path device = SpecialFiles.fullDevice(folder, "full");
        ProcessRun run = train(script, device.toString());
        assertEquals(ExitCodes.INVALID, run.exitCode(), run.err());
        assertTrue(run.err().contains("nnrun: cannot write " + device + ": No space left on device"), run.err());
        assertEquals(SpecialFiles.CHARACTER_DEVICE, SpecialFiles.type(device));
    }

    @Test
    void aFifoIsWrittenThroughToItsReader() throws Exception {
        Path script = Scripts.copy("backprop.nn", folder);
        Path fifo = SpecialFiles.fifo(folder, "model.fifo");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ProcessRun run = train(script, fifo.toString());
        assertEquals(0, run.exitCode(), run.err());
        String model;
        try {
            model = reader.get(60, TimeUnit.SECONDS);
        } finally {
            // A reader still waiting (the fix regressed and the FIFO was replaced) is let go.
            if (!reader.isDone() && Files.exists(fifo)) {
                Files.writeString(fifo, "");
            }
        }
        assertTrue(model.contains("\ninput dosage\n"), model);
        assertEquals(SpecialFiles.FIFO, SpecialFiles.type(fifo), "still a FIFO");
    }

    @Test
    void outDevStdoutIsTheProcesssStandardOutput() {
        Path script = Scripts.copy("backprop.nn", folder);
        ProcessRun run = train(script, "/dev/stdout");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# StatQuest, backpropagation main ideas: learn the final bias\ninput dosage\n"),
                run.out());
    }

    @Test
    void aBlockDeviceIsRefusedBeforeTraining() {
        Path script = Scripts.copy("backprop.nn", folder);
        Path device = SpecialFiles.blockDevice(folder, "disk");
        ProcessRun run = train(script, device.toString());
        assertEquals(new ProcessRun(ExitCodes.USAGE, "", "nnrun: --out: cannot write " + device
                + ": it is a block device (a disk); nnrun does not write disks\n"
                + "Try 'nnrun train --help' for more information.\n"), run);
        assertEquals(SpecialFiles.BLOCK_DEVICE, SpecialFiles.type(device));
    }

    /** As GNU cp: a link to nothing is not written through (it could lead anywhere), nor replaced. */
    @Test
    void aDanglingSymbolicLinkIsRefusedAndLeftAsItWas() throws IOException {
        Path script = Scripts.copy("backprop.nn", folder);
        Path link = Files.createSymbolicLink(folder.resolve("model.nn"), Path.of("missing.nn"));
        CliRun run = CliRun.of("train", script.toString(), "--steps", "2", "--out", link.toString());
        assertEquals(new CliRun(ExitCodes.USAGE, "", "nnrun: --out: cannot write " + link + ": it is a symbolic link to "
                + folder.resolve("missing.nn") + ", which does not exist; create that file or remove the link\n"
                + "Try 'nnrun train --help' for more information.\n"), run);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(List.of("backprop.nn", "model.nn"), Folders.contents(folder));
    }

    /** The rename gives the name written a new file; a hard link's other names keep the old one. */
    @Test
    void aHardLinkedFileIsReplacedUnderTheNameGivenOnly() throws IOException {
        Path script = Scripts.copy("backprop.nn", folder);
        Path model = Files.writeString(folder.resolve("model.nn"), "old\n");
        Path other = Files.createLink(folder.resolve("other.nn"), model);
        CliRun run = CliRun.of("train", script.toString(), "--steps", "2", "--out", model.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(model).contains("\ninput dosage\n"));
        assertEquals("old\n", Files.readString(other));
    }

    /** A slip such as {@code --out /dev/full.svg} must not leave a file among the machine's devices. */
    @Test
    void aNewFileInDevIsRefused() throws IOException {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        Path inDev = Path.of("/dev", "nnrun-test-" + UUID.randomUUID() + ".svg");
        try {
            CliRun run = CliRun.of("plot", script.toString(), "--out", inDev.toString());
            assertEquals(new CliRun(ExitCodes.USAGE, "", "nnrun: --out: cannot write " + inDev + ": the folder /dev"
                    + " holds devices; nnrun creates files only in ordinary folders\n"
                    + "Try 'nnrun plot --help' for more information.\n"), run);
            assertFalse(Files.exists(inDev));
        } finally {
            Files.deleteIfExists(inDev);
        }
    }
}
