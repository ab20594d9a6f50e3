package dev.nnscript.cli.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's standard input, which says so when it was closed ({@code nnrun FILE --inputs - <&-}).
 * A JVM started without standard input opens its own files in the free descriptor 0 (on Linux, the
 * JDK's {@code lib/modules} image) or finds none; reading either would give a baffling message
 * about bytes that are not UTF-8, so the first read checks where descriptor 0 leads (only when
 * standard input is read at all).
 */
public final class StandardInput extends FilterInputStream {

    /** The message a read of a closed standard input fails with. */
    public static final String CLOSED = "standard input is closed; pipe the rows in, or give a file";

    private boolean checked;

    private StandardInput(InputStream in) {
        super(in);
    }

    public static InputStream of(InputStream in) {
        return new StandardInput(in);
    }

    @Override
    public int read() throws IOException {
        check();
        try {
            return super.read();
        } catch (IOException e) {
            throw inWords(e);
        }
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        check();
        try {
            return super.read(bytes, offset, length);
        } catch (IOException e) {
            throw inWords(e);
        }
    }

    /** Reading a descriptor that is not open (no file took its place) fails with EBADF. */
    private static IOException inWords(IOException e) {
        return String.valueOf(e.getMessage()).contains("Bad file descriptor") ? new IOException(CLOSED, e) : e;
    }

    private void check() throws IOException {
        if (checked) {
            return;
        }
        checked = true;
        Path descriptor = Path.of("/proc/self/fd/0");
        if (!Files.isSymbolicLink(descriptor)) {
            return;
        }
        Path opened = Files.readSymbolicLink(descriptor);
        Path jdkFiles = Path.of(System.getProperty("java.home")).toRealPath();
        if (opened.isAbsolute() && opened.startsWith(jdkFiles)) {
            throw new IOException(CLOSED);
        }
    }
}
