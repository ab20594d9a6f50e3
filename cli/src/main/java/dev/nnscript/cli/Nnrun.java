package dev.nnscript.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code nnrun} entry point: runs the command line and exits with its code. */
public final class Nnrun {

    /** Standard output is buffered (batch inference writes millions of lines) and flushed at exit. */
    private static final int OUTPUT_BUFFER_CHARS = 1 << 16;

    private Nnrun() {}

    public static void main(String[] args) {
        // Keeps picocli from looking for Groovy closures in annotations (hundreds of classes at start-up).
        System.setProperty("picocli.disable.closures", "true");
        // Charts render off screen, with or without a display.
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), OUTPUT_BUFFER_CHARS));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = NnrunCommandLine.forArguments(args, out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
