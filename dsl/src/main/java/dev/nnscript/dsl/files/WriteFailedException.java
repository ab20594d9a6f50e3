package dev.nnscript.dsl.files;

import dev.nnscript.dsl.source.FileErrors;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file nnrun was asked to write could not be written; the target was left as it was. The message
 * is for the user: {@code cannot write out/model.nn: the folder does not exist}.
 */
public final class WriteFailedException extends IOException {

    public WriteFailedException(Path target, IOException cause) {
        super("cannot write " + target + ": " + reason(cause) + "; the file was left as it was", cause);
    }

    /** NIO's messages are often just a path; say what went wrong instead. */
    private static String reason(IOException e) {
        return e instanceof NoSuchFileException ? "the folder does not exist" : FileErrors.reason(e);
    }
}
