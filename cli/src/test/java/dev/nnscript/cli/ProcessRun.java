package dev.nnscript.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs {@code nnrun} as a real process, for what only a process shows: exit codes through
 * {@code System.exit}, standard input, memory limits. By default the JVM runs {@link Nnrun} from
 * this test run's class path; {@link #command} can start anything else (the launcher script).
 */
public record ProcessRun(int exitCode, String out, String err) {

    private static final long TIMEOUT_SECONDS = 120;

    /** {@code java [jvmOptions] -cp <test class path> dev.nnscript.cli.Nnrun args}. */
    public static ProcessRun java(List<String> jvmOptions, Consumer<OutputStream> stdin, String... args) {
        return command(javaCommand(jvmOptions, args), stdin);
    }

    /** The command line {@link #java} runs. */
    static List<String> javaCommand(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Nnrun.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    public static ProcessRun command(List<String> command, Consumer<OutputStream> stdin) {
        return command(new ProcessBuilder(command), stdin);
    }

    /**
     * Runs {@code java ... Nnrun args} with its standard output going to {@code stdout} (a device, say);
     * {@link #out} is then empty.
     */
    public static ProcessRun javaWritingTo(Path stdout, String... args) {
        return command(new ProcessBuilder(javaCommand(List.of(), args)).redirectOutput(stdout.toFile()), ProcessRun::none);
    }

    /** Runs {@code java ... Nnrun args} reading standard input from {@code stdin}. */
    public static ProcessRun javaReadingFrom(Path stdin, String... args) {
        return command(new ProcessBuilder(javaCommand(List.of(), args)).redirectInput(stdin.toFile()), ProcessRun::none);
    }

    /** Runs what {@code builder} says, with its redirections; {@code stdin} feeds a piped standard input. */
    public static ProcessRun command(ProcessBuilder builder, Consumer<OutputStream> stdin) {
        List<String> command = builder.command();
        try {
            Process process = builder.start();
            CompletableFuture<byte[]> out = drain(process.getInputStream());
            CompletableFuture<byte[]> err = drain(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                stdin.accept(in);
            } catch (UncheckedIOException ignored) {
                // The process may stop reading early (an error in its input); its output says why.
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new ProcessRun(process.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** No standard input. */
    public static void none(OutputStream in) {}

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
                stream.transferTo(bytes);
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
