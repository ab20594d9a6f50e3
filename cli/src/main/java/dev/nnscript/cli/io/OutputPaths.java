package dev.nnscript.cli.io;

import dev.nnscript.dsl.files.AtomicFiles;
import dev.nnscript.dsl.files.FilePermissions;
import dev.nnscript.dsl.files.OutputTarget;
import dev.nnscript.dsl.source.FileErrors;
import java.io.IOException;
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
        if (Files.isDirectory(out)) {
            return Optional.of("--out names a folder, not a file: " + out);
        }
        OutputTarget target;
        try {
            target = OutputTarget.of(out);
        } catch (IOException e) {
            return Optional.of("--out: cannot write " + out + ": " + FileErrors.reason(e));
        }
        if (target.writtenThrough()) {
            return Optional.empty(); // a device or pipe: nothing is created beside it
        }
        Path folder = target.path().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return Optional.of("--out: the folder " + folder + " does not exist");
        }
        if (folder != null && !Files.isWritable(folder)) {
            return Optional.of("--out: the folder " + folder + " is not writable");
        }
        try {
            if (target.kind() == OutputTarget.Kind.FILE) {
                FilePermissions.checkReplaceable(target.path());
            }
        } catch (IOException e) {
            return Optional.of("--out: cannot write " + out + ": " + FileErrors.reason(e));
        }
        return Optional.empty();
    }

    /** Whether {@code path} is an existing regular file that a write replaces (not reached through /dev/stdin, say). */
    public static boolean isFile(Path path) {
        try {
            return OutputTarget.of(path).kind() == OutputTarget.Kind.FILE;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether both paths name one existing file (through links, hard links, {@code ..}). */
    public static boolean sameFile(Path out, Path input) {
        try {
            return Files.exists(out) && Files.exists(input) && Files.isSameFile(out, input);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code out} is written through (a device, a pipe, a standard stream), not saved as a file. */
    public static boolean writtenThrough(Path out) {
        try {
            return OutputTarget.of(out).writtenThrough();
        } catch (IOException e) {
            return false;
        }
    }
}
