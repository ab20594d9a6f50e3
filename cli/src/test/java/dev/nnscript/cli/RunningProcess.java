package dev.nnscript.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An {@code nnrun} process still running, for tests that signal it: its standard error can be
 * watched while it runs, then {@link #await} collects the outcome. POSIX only ({@code kill}).
 */
final class RunningProcess implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 120;

    private final Process process;
    private final Capture out;
    private final Capture err;

    private RunningProcess(Process process) {
        this.process = process;
        this.out = new Capture(process.getInputStream());
        this.err = new Capture(process.getErrorStream());
    }

    /** Starts {@code java [jvmOptions] -cp <test class path> dev.nnscript.cli.Nnrun args}, no standard input. */
    static RunningProcess java(List<String> jvmOptions, String... args) {
        return command(ProcessRun.javaCommand(jvmOptions, args));
    }

    /** Starts {@code command}, no standard input. */
    static RunningProcess command(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            return new RunningProcess(process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits (polling) until standard error so far satisfies {@code condition}; false if the process ended first. */
    boolean awaitErr(Predicate<String> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (condition.test(err.text())) {
                return true;
            }
            if (!process.isAlive()) {
                return condition.test(err.text());
            }
            Thread.sleep(5);
        }
        throw new AssertionError("timed out waiting; standard error so far:\n" + err.text());
    }

    /** Sends a signal by name (INT, TERM, KILL) with the kill command. */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + name + " failed");
        }
    }

    /**
     * Sends a signal by name to the process and to the processes it started, as a terminal's Ctrl-C
     * reaches a whole process group; fails when it has started none.
     */
    void signalWithChildren(String name) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", "-" + name, Long.toString(process.pid())));
        process.children().forEach(child -> command.add(Long.toString(child.pid())));
        if (command.size() < 4) {
            throw new AssertionError("the process has started no other process");
        }
        if (new ProcessBuilder(command).start().waitFor() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed");
        }
    }

    /** SIGKILL at once, without spawning kill (for timing-sensitive tests). */
    void killNow() {
        process.destroyForcibly();
    }

    /** SIGTERM at once, without spawning kill. */
    void terminateNow() {
        process.destroy();
    }

    ProcessRun await() throws InterruptedException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out; standard error so far:\n" + err.text());
        }
        out.thread.join();
        err.thread.join();
        return new ProcessRun(process.exitValue(), out.text(), err.text());
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** Drains a stream on its own thread into a buffer that can be read at any time. */
    private static final class Capture {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread thread;

        Capture(InputStream stream) {
            thread = new Thread(() -> drain(stream), "capture");
            thread.setDaemon(true);
            thread.start();
        }

        private void drain(InputStream stream) {
            byte[] buffer = new byte[8192];
            try (stream) {
                for (int n; (n = stream.read(buffer)) >= 0; ) {
                    synchronized (bytes) {
                        bytes.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // The process ended; what was read is kept.
            }
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
