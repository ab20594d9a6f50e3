package dev.nnscript.dsl.files;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * The one way nnrun writes a file (trained models, formatted scripts, plots), so that the target
 * holds either its old content or the complete new content, never part of it, whenever the process
 * stops: the bytes go to a temporary file in the target's folder, are forced to the disk, and the
 * temporary file then replaces the target in one atomic rename. A failed write removes the
 * temporary file and leaves the target as it was; so does SIGTERM (the JVM's exit hooks run). Only
 * SIGKILL or a power cut can leave a stray temporary file, named {@code .NAME.PID.tmp}, beside an
 * intact target.
 *
 * <p>Writing over the file that was read (fmt --write, train --out on its own script) is safe: the
 * input is only replaced once the new content is complete. A symbolic link is written through (one
 * that leads nowhere is refused). An existing file keeps its owner, group and permissions; one
 * without any write permission is refused, even for root, and so is one whose owner or group this
 * user could not give back to the new file (another user's file that happens to be writable). A
 * file with several hard links gets a new file under the name written; its other names keep the old
 * content.
 *
 * <p>What is not a regular file is never replaced ({@link OutputTarget}): a character device or a
 * pipe ({@code /dev/null}, a FIFO) is written through, {@code /dev/stdout} and {@code /dev/stderr}
 * go to the process's own streams, and the rest is refused.
 */
public final class AtomicFiles {

    /**
     * Test hook, off unless this system property names a file: a replacing write then stops once the
     * new content is in the temporary file and before the rename, writes the temporary file's path to
     * the named file, and waits there until the process is stopped, so that a test can signal nnrun at
     * exactly that moment. Read once per file written; costs nothing else.
     */
    static final String PAUSE_BEFORE_RENAME = "nnrun.test.pauseBeforeRename";

    /** Writes the new content to a stream; the stream is buffered and closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /** @throws WriteFailedException naming the target and why, after which the target is unchanged */
    public static void write(Path target, byte[] content) throws WriteFailedException {
        write(target, out -> out.write(content));
    }

    /** @throws WriteFailedException naming the target and why, after which the target is unchanged */
    public static void write(Path target, Content content) throws WriteFailedException {
        try {
            OutputTarget destination = OutputTarget.of(target);
            switch (destination.kind()) {
                case FILE, NEW_FILE -> replace(destination.path(), content);
                case STREAM -> writeThrough(Files.newOutputStream(destination.path(), StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND), content, true);
                case STANDARD_OUTPUT -> writeThrough(new FileOutputStream(FileDescriptor.out), content, false);
                case STANDARD_ERROR -> writeThrough(new FileOutputStream(FileDescriptor.err), content, false);
            }
        } catch (IOException e) {
            throw new WriteFailedException(target, e);
        }
    }

    /**
     * Writes to a device, a pipe or a standard stream as it is: opened without creating or truncating
     * anything (appending, which a device or pipe ignores and which keeps what a shell redirection to
     * a file already holds).
     *
     * @param close false for the process's standard streams, which stay open
     */
    private static void writeThrough(OutputStream stream, Content content, boolean close) throws IOException {
        OutputStream out = new BufferedOutputStream(stream, 1 << 16);
        try {
            content.writeTo(out);
            out.flush();
        } finally {
            if (close) {
                out.close();
            }
        }
    }

    private static void replace(Path destination, Content content) throws IOException {
        Path folder = destination.getParent();
        PosixFileAttributes existing = FilePermissions.checkReplaceable(destination);
        Path temporary = createTemporary(destination);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                pauseForTest(temporary);
                channel.force(true);
            }
            FilePermissions.keep(existing, destination, temporary);
            Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            syncFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** See {@link #PAUSE_BEFORE_RENAME}; returns at once unless that property is set. */
    private static void pauseForTest(Path temporary) throws IOException {
        String ready = System.getProperty(PAUSE_BEFORE_RENAME);
        if (ready == null) {
            return;
        }
        Files.writeString(Path.of(ready), temporary.toString());
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while paused for a test", e);
        }
    }

    /**
     * {@code .NAME.PID.tmp} (then {@code .NAME.PID-2.tmp}, ...) in the target's folder, created new
     * with the permissions an ordinary new file gets. Removed at JVM exit unless renamed before.
     */
    private static Path createTemporary(Path destination) throws IOException {
        String prefix = "." + destination.getFileName() + "." + ProcessHandle.current().pid();
        for (int attempt = 1; ; attempt++) {
            Path temporary = destination.resolveSibling(prefix + (attempt == 1 ? "" : "-" + attempt) + ".tmp");
            try {
                Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                temporary.toFile().deleteOnExit();
                return temporary;
            } catch (FileAlreadyExistsException taken) {
                // another write of this process, or a stray file from a killed one: try the next name
            }
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, which only costs durability. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // The content is on disk already; only the rename might be lost in a power cut.
        }
    }
}
