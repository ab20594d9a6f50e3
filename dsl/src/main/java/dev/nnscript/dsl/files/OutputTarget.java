package dev.nnscript.dsl.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What an output path names, after following symbolic links, and so how it is written: a regular
 * file (or a new one) is replaced atomically; a character device or a pipe ({@code /dev/null}, a
 * terminal, a FIFO) is written through, never replaced; {@code /dev/stdout} and {@code /dev/stderr}
 * (and {@code /dev/fd/1}, {@code /proc/self/fd/2}, ...) are the process's own open streams. Anything
 * else is refused with a reason: a folder, a block device, a socket, a symbolic link to nothing
 * (as GNU cp refuses to write through one), a new file in {@code /dev}.
 *
 * @param path the file to replace, the device or pipe to write through; null for the standard streams
 */
public record OutputTarget(Kind kind, Path path) {

    /** How the output is written. */
    public enum Kind {
        /** An existing regular file, replaced atomically. */
        FILE,
        /** No file yet: created atomically. */
        NEW_FILE,
        /** A character device or a pipe, opened and written through. */
        STREAM,
        /** This process's standard output (file descriptor 1). */
        STANDARD_OUTPUT,
        /** This process's standard error (file descriptor 2). */
        STANDARD_ERROR
    }

    /** Symbolic links followed before giving up, as Linux's own limit. */
    private static final int MAX_LINKS = 40;

    /** Linux's folder of a process's open file descriptors, where /dev/fd and /dev/stdout lead. */
    private static final Pattern DESCRIPTORS = Pattern.compile("/proc/(self|thread-self|\\d+)(/task/\\d+)?/fd");

    /** The file type bits of {@code st_mode}, and the types nnrun writes through. */
    private static final int TYPE_MASK = 0170000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int FIFO = 0010000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    /** Whether nnrun writes through this target rather than replacing a file. */
    public boolean writtenThrough() {
        return kind != Kind.FILE && kind != Kind.NEW_FILE;
    }

    /**
     * Classifies {@code target}.
     *
     * @throws FileSystemException naming {@code target}, with a reason for the user, when nnrun
     *     does not write there
     */
    public static OutputTarget of(Path target) throws IOException {
        Path path = target.toAbsolutePath();
        for (int links = 0; ; links++) {
            if (links == MAX_LINKS) {
                throw refused(target, "too many levels of symbolic links");
            }
            Kind descriptor = descriptor(path);
            if (descriptor != null) {
                return new OutputTarget(descriptor, descriptor == Kind.STREAM ? path : null);
            }
            if (!Files.isSymbolicLink(path)) {
                break;
            }
            Path parent = path.getParent();
            path = parent.resolve(Files.readSymbolicLink(path));
        }
        int mode;
        try {
            mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException missing) {
            if (!path.equals(target.toAbsolutePath())) {
                throw refused(target, "it is a symbolic link to " + path + ", which does not exist;"
                        + " create that file or remove the link");
            }
            return newFile(target, path);
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
            return ofType(target, path);
        }
        return switch (mode & TYPE_MASK) {
            case CHARACTER_DEVICE, FIFO -> new OutputTarget(Kind.STREAM, path);
            case BLOCK_DEVICE -> throw refused(target, "it is a block device (a disk); nnrun does not write disks");
            case SOCKET -> throw refused(target, "it is a socket, not a file");
            default -> ofType(target, path);
        };
    }

    /** Without the unix attribute view: regular files, folders, and everything else written through. */
    private static OutputTarget ofType(Path target, Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(target, "it is a folder, not a file");
        }
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return new OutputTarget(Kind.FILE, path.toRealPath());
        }
        if (Files.notExists(path, LinkOption.NOFOLLOW_LINKS)) {
            return newFile(target, path);
        }
        return new OutputTarget(Kind.STREAM, path);
    }

    /**
     * A file to create, unless its folder holds devices: {@code plot --out /dev/full.svg} is a typing
     * slip, and a file left in /dev would sit among the machine's devices (and in memory).
     */
    private static OutputTarget newFile(Path target, Path path) throws IOException {
        Path folder = path.getParent();
        if (folder != null && Files.isDirectory(folder) && holdsDevices(folder.toRealPath())) {
            throw refused(target, "the folder " + folder + " holds devices; nnrun creates files only in"
                    + " ordinary folders");
        }
        return new OutputTarget(Kind.NEW_FILE, path);
    }

    /** /dev and the folders under it, except /dev/shm (shared memory files); any devtmpfs mount. */
    private static boolean holdsDevices(Path folder) throws IOException {
        String name = folder.toString();
        if (name.equals("/dev") || name.startsWith("/dev/") && !name.equals("/dev/shm") && !name.startsWith("/dev/shm/")) {
            return true;
        }
        return Files.getFileStore(folder).type().equals("devtmpfs");
    }

    /**
     * The standard stream or descriptor {@code path} opens when it is an entry of /proc/PID/fd (where
     * /dev/stdout, /dev/fd/N and /proc/self/fd/N lead); null otherwise. Standard output and error
     * are written through the descriptors the process has: opening their /proc entry again can be
     * refused (a pipe made by another user) or start over at the beginning of a file.
     */
    private static Kind descriptor(Path path) {
        Path parent = path.getParent();
        if (parent == null) {
            return null;
        }
        try {
            if (!DESCRIPTORS.matcher(parent.toRealPath().toString()).matches()) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return switch (path.getFileName().toString()) {
            case "1" -> Kind.STANDARD_OUTPUT;
            case "2" -> Kind.STANDARD_ERROR;
            default -> Kind.STREAM;
        };
    }

    private static FileSystemException refused(Path target, String reason) {
        return new FileSystemException(target.toString(), null, reason);
    }
}
