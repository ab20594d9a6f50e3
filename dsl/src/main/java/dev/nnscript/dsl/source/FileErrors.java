package dev.nnscript.dsl.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/**
 * What went wrong with a file, in words, for messages about reading scripts and data and about
 * writing output. NIO's exceptions often carry nothing but the path ({@link AccessDeniedException}'s
 * message is the file name), which says nothing to a user who already named that file.
 */
public final class FileErrors {

    private FileErrors() {}

    /** {@code permission denied}, {@code Is a directory}, {@code No space left on device}, ... */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
