package dev.nnscript.cli;

import dev.nnscript.cli.command.NnrunCommandLine;
import dev.nnscript.cli.failure.Failures;
import dev.nnscript.cli.failure.OutOfMemory;
import dev.nnscript.cli.failure.UncaughtFailures;
import dev.nnscript.cli.io.StandardInput;
import dev.nnscript.cli.io.StandardOutput;
import dev.nnscript.cli.plainrun.PlainRun;
import dev.nnscript.cli.script.ScriptFiles;
import dev.nnscript.cli.script.ScriptLoader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code nnrun} entry point: runs the plain-run path or the command line and exits with the
 * code.
 */
public final class Nnrun {

    /** Standard output is buffered (batch inference writes millions of lines) and flushed at exit. */
    private static final int OUTPUT_BUFFER_CHARS = 1 << 16;

    private Nnrun() {}

    public static void main(String[] args) {
        // Keeps picocli from looking for Groovy closures in annotations (hundreds of classes at start-up).
        System.setProperty("picocli.disable.closures", "true");
        // Charts render off screen, with or without a display.
        System.setProperty("java.awt.headless", "true");
        StandardOutput stdout = StandardOutput.open();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8),
                OUTPUT_BUFFER_CHARS));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        UncaughtFailures.install(err);
        int code;
        try {
            code = execute(args, StandardInput.of(System.in), out, err);
        } catch (OutOfMemoryError e) {
            // The failed allocation's memory is free again by now, enough for one line.
            code = OutOfMemory.report(err);
        }
        out.flush();
        code = Failures.afterOutput(stdout.failure(), code, err);
        err.flush();
        System.exit(code);
    }

    /**
     * {@link PlainRun} when it takes and runs {@code args}, the full command line otherwise, taking
     * over the script the plain-run path loaded: the same output and exit code either way.
     *
     * @param in standard input, read by {@code --inputs -}
     */
    static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        return execute(args, in, out, err, new ScriptLoader());
    }

    /** As {@link #execute(String[], InputStream, PrintWriter, PrintWriter)}, loading scripts with {@code loader}. */
    static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err, ScriptLoader loader) {
        PlainRun.Outcome plain = PlainRun.run(args, in, out, err, new ScriptFiles(loader));
        if (plain.ran()) {
            return plain.exitCode();
        }
        return NnrunCommandLine.forArguments(args, in, out, err, plain.handOver()).execute(args);
    }
}
