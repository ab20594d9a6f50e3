package dev.nnscript.cli.train;

import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingWork;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import sun.misc.Signal;

/**
 * Which compiler trains. The launcher starts {@code nnrun train} and {@code nnrun FILE} with the
 * client compiler alone (C1), which compiles a step's code in a fraction of the time the optimizing
 * compiler (C2) takes and so trains small networks sooner, and names in the property
 * {@value #PROPERTY} the flags a JVM with C2 gets. A run planned at {@value #OPTIMIZING_FROM} operations or more (multiply-adds
 * and updates, {@link TrainingWork#operations}) is handed to such a JVM before the data are loaded
 * (only a data file's size and first 64 KiB are read) and before anything is written: C2's vector code trains wide layers two to three times as fast,
 * which pays for a second JVM's start. docs/speed.md, "Which compiler trains", has the measurements.
 *
 * <p>The new JVM runs the same command line with the same standard output and error; this one waits
 * for it and exits with its code. Ctrl-C goes through this one ({@link ForwardedPresses}), so that
 * the new JVM stops and saves as usual. A JVM started without the property, such as the new JVM
 * itself, never hands over.
 */
public final class CompilerChoice {

    /** The JVM flags for C2, comma-separated (may be empty); set by the launcher for every command it starts on C1. */
    public static final String PROPERTY = "nnrun.relaunch";
    /** Planned operations from which a run trains under C2. */
    public static final double OPTIMIZING_FROM = 5e9;

    private static final String CLIENT_ONLY = "-XX:TieredStopAtLevel=1";
    /**
     * The number of compiler threads, which the launcher may set for C1 alone (one, on a machine with
     * two CPUs); a JVM with C2 needs at least two and picks its own.
     */
    private static final String COMPILER_THREADS = "-XX:CICompilerCount=";
    /** The java launcher's options whose value is the next argument. */
    private static final Set<String> VALUED = Set.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
            "--upgrade-module-path", "--add-modules", "--limit-modules", "-jar");

    private CompilerChoice() {}

    /**
     * In a JVM that trains for another one: Ctrl-C comes from that one from now on ({@link
     * ForwardedPresses}). Called once, by the command that trains: {@code nnrun train} or a script run.
     */
    public static void takeForwardedPresses() {
        if (ForwardedPresses.forwarded()) {
            ForwardedPresses.listen();
        }
    }

    /** Whether this JVM was started to hand large runs over (the launcher set {@value #PROPERTY}). */
    public static boolean mayHandOver() {
        return System.getProperty(PROPERTY) != null;
    }

    /** Whether a run of {@code operations} is handed to a JVM with C2 (when this one may hand over). */
    public static boolean wantsOptimizingCompiler(double operations) {
        return operations >= OPTIMIZING_FROM;
    }

    /**
     * Trains elsewhere when this JVM may hand over and the run is large: starts the new JVM, waits
     * for it and returns its exit code. Empty when this JVM is to train.
     *
     * @param rows the rows training will see (an estimate is fine: it only picks the compiler)
     */
    public static OptionalInt trainElsewhereIfLarge(Network network, long rows, TrainingConfig config) {
        String flags = System.getProperty(PROPERTY);
        if (flags == null || !wantsOptimizingCompiler(TrainingWork.operations(network, rows, config))) {
            return OptionalInt.empty();
        }
        Optional<List<String>> command = optimizingCommand(flags);
        return command.isPresent() ? run(command.get()) : OptionalInt.empty();
    }

    /**
     * This JVM's command line with the client-only flags and the property taken out and C2's flags
     * put in; empty when the JVM cannot tell its command line (then it trains itself).
     */
    static Optional<List<String>> optimizingCommand(String flags) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        if (info.command().isEmpty() || info.arguments().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withOptimizingCompiler(info.command().get(), List.of(info.arguments().get()), flags));
    }

    /**
     * {@code java} and its arguments, with the client-only flags (C1 alone, its thread count) and the
     * property among the JVM's options replaced by {@code flags}.
     */
    static List<String> withOptimizingCompiler(String java, List<String> arguments, String flags) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-D" + ForwardedPresses.FROM_STANDARD_INPUT);
        for (String flag : flags.split(",")) {
            if (!flag.isBlank()) {
                command.add(flag.strip());
            }
        }
        // The JVM's options come before the main class (or -jar's file); the command's after it are kept as they are.
        boolean options = true;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (options && (argument.equals(CLIENT_ONLY) || argument.startsWith(COMPILER_THREADS)
                    || argument.startsWith("-D" + PROPERTY + "="))) {
                continue;
            }
            command.add(argument);
            if (options && VALUED.contains(argument) && i + 1 < arguments.size()) {
                command.add(arguments.get(++i));
                options = !argument.equals("-jar");
            } else if (!argument.startsWith("-")) {
                options = false;
            }
        }
        return command;
    }

    private static void forward(OutputStream presses) {
        try {
            presses.write('\n');
            presses.flush();
        } catch (IOException e) {
            // the new JVM has ended: its code is on its way
        }
    }

    private static OptionalInt run(List<String> command) {
        Process process;
        try {
            // Standard input is a pipe that carries Ctrl-C (the command never reads its own: the script
            // and data are regular files).
            process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // this JVM trains after all, only more slowly
        }
        OutputStream presses = process.getOutputStream();
        // Each SIGINT this JVM gets is one press for the new JVM, which ignores its own (ForwardedPresses).
        // Were this JVM ended (SIGTERM), it ends the new one with it.
        Signal.handle(new Signal("INT"), signal -> forward(presses));
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return OptionalInt.of(process.waitFor());
                } catch (InterruptedException e) {
                    interrupted = true; // the new JVM is still training: keep waiting for its code
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
