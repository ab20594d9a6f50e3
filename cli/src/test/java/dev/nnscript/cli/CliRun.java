package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.cli.command.NnrunCommandLine;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code nnrun} in-process through the same factory as {@code main}, capturing both streams. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        return withStdin(new byte[0], args);
    }

    /** Runs with {@code stdin} as standard input. */
    public static CliRun withStdin(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NnrunCommandLine.create(new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err))
                .execute(args);
        return new CliRun(code, normalise(out), normalise(err));
    }

    /** Runs as {@code main} does: the one-shot fast path when it takes the arguments (standard input empty). */
    public static CliRun asMain(String... args) {
        return asMainWithStdin(new byte[0], args);
    }

    /** Runs as {@code main} does, with {@code stdin} as standard input. */
    public static CliRun asMainWithStdin(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Nnrun.execute(args, new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, normalise(out), normalise(err));
    }

    /**
     * Runs {@code args} as {@code main} does and through the full command line alone, asserts that
     * both give the same exit code and output, and returns the full command line's run.
     */
    public static CliRun assertMainAnswersAlike(String... args) {
        CliRun full = of(args);
        assertEquals(full, asMain(args), String.join(" ", args));
        return full;
    }

    private static String normalise(StringWriter text) {
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
