package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Devices, FIFOs and file types for tests of where output goes. Devices are made with mknod in the
 * test's own folder (a copy of /dev/null is the same device), so a regression that replaces its
 * target replaces the copy, never a node of the machine's /dev. CI runs as root on Linux: a missing
 * command or permission fails the test rather than skipping it.
 */
final class SpecialFiles {

    /** The type bits of st_mode. */
    static final int TYPE_MASK = 0170000;
    static final int CHARACTER_DEVICE = 0020000;
    static final int BLOCK_DEVICE = 0060000;
    static final int FIFO = 0010000;
    static final int REGULAR = 0100000;

    private SpecialFiles() {}

    /** A copy of /dev/null (character device 1,3): it takes every write. */
    static Path nullDevice(Path folder, String name) {
        return run(folder.resolve(name), "mknod", folder.resolve(name).toString(), "c", "1", "3");
    }

    /** A copy of /dev/full (character device 1,7): every write fails with ENOSPC. */
    static Path fullDevice(Path folder, String name) {
        return run(folder.resolve(name), "mknod", folder.resolve(name).toString(), "c", "1", "7");
    }

    /** A block device node (loop device 7,0; never opened by a passing test). */
    static Path blockDevice(Path folder, String name) {
        return run(folder.resolve(name), "mknod", folder.resolve(name).toString(), "b", "7", "0");
    }

    static Path fifo(Path folder, String name) {
        return run(folder.resolve(name), "mkfifo", folder.resolve(name).toString());
    }

    /** The st_mode type bits of {@code path} itself (a link is not followed). */
    static int type(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & TYPE_MASK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command that makes {@code made}, failing the test when it cannot. */
    static Path run(Path made, String... command) {
        ProcessRun run = ProcessRun.command(List.of(command), ProcessRun::none);
        assertEquals(0, run.exitCode(), String.join(" ", command) + " failed (the tests need root on Linux): "
                + run.err());
        return made;
    }
}
