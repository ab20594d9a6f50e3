package dev.nnscript.cli.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks an {@code --out} path before a command does its work, so a long training run does not end
 * in a file that cannot be written. {@link AtomicFiles} still reports what goes wrong later (a full
 * disk, say).
 */
public final class OutputPaths {

    private OutputPaths() {}

    /** Empty when {@code out} can be a file to write; otherwise why not, for a usage message. */
    public static Optional<String> problem(Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            return Optional.of("--out names a folder, not a file: " + out);
        }
        if (folder != null && !Files.isDirectory(folder)) {
            return Optional.of("--out: the folder " + folder + " does not exist");
        }
        if (folder != null && !Files.isWritable(folder)) {
            return Optional.of("--out: the folder " + folder + " is not writable");
        }
        return Optional.empty();
    }
}
