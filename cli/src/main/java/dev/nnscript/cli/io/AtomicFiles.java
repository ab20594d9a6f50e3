package dev.nnscript.cli.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

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
 * input is only replaced once the new content is complete. A symbolic link is written through, and
 * an existing target's POSIX permissions are kept.
 */
public final class AtomicFiles {

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
            replace(destinationOf(target), content);
        } catch (IOException e) {
            throw new WriteFailedException(target, e);
        }
    }

    private static void replace(Path destination, Content content) throws IOException {
        Path folder = destination.getParent();
        Path temporary = createTemporary(destination);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(destination, temporary);
            Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            syncFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** The real file behind a symbolic link, so the link survives; the target itself otherwise. */
    private static Path destinationOf(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        return Files.isSymbolicLink(absolute) && Files.exists(absolute) ? absolute.toRealPath() : absolute;
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

    private static void keepPermissions(Path destination, Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(destination, PosixFileAttributeView.class);
        if (view != null && Files.exists(destination)) {
            Files.setPosixFilePermissions(temporary, view.readAttributes().permissions());
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
