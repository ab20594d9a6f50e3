package dev.nnscript.cli.io;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The process's standard output, remembering the first write that failed: the writers above it
 * ({@link java.io.PrintWriter}) swallow errors, and a model or a prediction that never arrived (a
 * full disk, {@code > /dev/full}) must not end with exit code 0. A closed pipe is not a failure
 * ({@code nnrun ... | head} stops reading on purpose).
 *
 * <p>Standard output closed ({@code >&-}) fails writes with EBADF, unless the JVM has put /dev/null
 * there, which cannot be told from {@code > /dev/null}; so the {@code nnrun} launcher checks for it
 * and sets the system property {@value #CLOSED_PROPERTY}.
 */
public final class StandardOutput extends OutputStream {

    /** Set (to true) by the launcher when nnrun was started with standard output closed. */
    public static final String CLOSED_PROPERTY = "nnrun.stdout.closed";

    private final OutputStream out;
    private final boolean closed;
    private IOException failure;

    private StandardOutput(OutputStream out, boolean closed) {
        this.out = out;
        this.closed = closed;
    }

    public static StandardOutput open() {
        return new StandardOutput(new FileOutputStream(FileDescriptor.out), Boolean.getBoolean(CLOSED_PROPERTY));
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (closed) {
            throw remember(new IOException("it is closed"));
        }
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** Why output was lost, for a message; empty when all was written or the reader closed the pipe. */
    public Optional<String> failure() {
        if (failure == null || String.valueOf(failure.getMessage()).contains("Broken pipe")) {
            return Optional.empty();
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return Optional.of(message.contains("Bad file descriptor") ? "it is closed" : message);
    }
}
