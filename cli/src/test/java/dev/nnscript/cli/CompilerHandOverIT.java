package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar's {@code nnrun train} started as the launcher starts it (the client compiler alone, and the property
 * that names the optimizing compiler's flags) hands a large run to a JVM with the optimizing
 * compiler, which trains exactly as one JVM would, and keeps a small run. Here the handed-over JVM's
 * flag {@code -XX:+PrintCommandLineFlags} makes it print its flags first on standard output.
 * Runs after {@code package} (failsafe): the jar keeps the command line short, which the JVM must be
 * able to read back whole to start the second JVM (the test class path would be too long).
 */
class CompilerHandOverIT {

    /** The launcher's flags for train, with a flag that shows whether a second JVM started. */
    private static final List<String> LAUNCHED = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
            "-XX:CompileCommand=quiet",
            "-XX:CompileCommand=CompileThresholdScaling,dev/nnscript/core/*.*,0.1",
            "-Dnnrun.relaunch=-XX:+PrintCommandLineFlags");
    private static final Pattern PROGRESS = Pattern.compile("(^|\n)step \\d+/");
    private static final String JAR = Path.of("target/nnrun.jar").toAbsolutePath().toString();

    @TempDir
    static Path folder;

    @BeforeAll
    static void signalsAreSentWithKill() {
        Preconditions.requirePosix();
    }

    /**
     * 100 inputs, 1,000 ReLU nodes, 100 rows, full batch: 30,402,001 operations a step, so 200 steps
     * are 6.1 billion, past the 5 billion from which the optimizing compiler trains.
     */
    private static Path wide(String name, int steps) throws IOException {
        return wide(name, steps, "");
    }

    /** As {@link #wide(String, int)}, with {@code lines} after the train line. */
    private static Path wide(String name, int steps, String lines) throws IOException {
        Path data = folder.resolve("wide.csv");
        if (!Files.exists(data)) {
            StringBuilder csv = new StringBuilder();
            for (int i = 0; i < 100; i++) {
                csv.append('x').append(i).append(',');
            }
            csv.append("y\n");
            Random random = new Random(1);
            for (int row = 0; row < 100; row++) {
                double sum = 0;
                for (int i = 0; i < 100; i++) {
                    double x = random.nextDouble();
                    sum += x;
                    csv.append(String.format(Locale.ROOT, "%.4f,", x));
                }
                csv.append(String.format(Locale.ROOT, "%.4f\n", sum / 100));
            }
            Files.writeString(data, csv);
        }
        return Files.writeString(folder.resolve(name), "network \"Wide\"\ninput x0..x99\nhidden 1000 relu\n"
                + "output y identity\ndata \"wide.csv\"\ntrain loss=mse optimizer=sgd lr=0.01 batch=full steps=" + steps
                + " seed=1\n" + lines);
    }

    /** {@code java [options] -cp nnrun.jar dev.nnscript.cli.Nnrun args}. */
    private static List<String> command(List<String> options, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", JAR, Nnrun.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static ProcessRun run(List<String> options, String... args) {
        return ProcessRun.command(command(options, args), ProcessRun::none);
    }

    @Test
    void aLargeRunIsTrainedByAJvmWithTheOptimizingCompilerToTheSameBits() throws IOException {
        Path script = wide("large.nn", 200);
        ProcessRun handedOver = run(LAUNCHED, "train", script.toString());
        ProcessRun oneJvm = run(List.of(), "train", script.toString());
        assertEquals(0, handedOver.exitCode(), handedOver.err());
        String flags = handedOver.out().lines().findFirst().orElse("");
        assertTrue(flags.contains("-XX:+PrintCommandLineFlags"), "the second JVM printed its flags: " + flags);
        assertFalse(flags.contains("TieredStopAtLevel"), "and runs the optimizing compiler: " + flags);
        assertEquals(oneJvm, new ProcessRun(handedOver.exitCode(),
                handedOver.out().substring(handedOver.out().indexOf('\n') + 1), handedOver.err()));
    }

    @Test
    void aSmallRunStaysInTheJvmThatWasStarted() throws IOException {
        Path script = wide("small.nn", 20);
        ProcessRun started = run(LAUNCHED, "train", script.toString());
        assertEquals(run(List.of(), "train", script.toString()), started);
        assertTrue(started.out().startsWith("network \"Wide\"\n"), started.out());
    }

    /** {@code nnrun FILE} trains a script with unknown parameters before its report and predict lines: the same rule. */
    @Test
    void aScriptRunThatTrainsALargeNetworkIsHandedOverToo() throws IOException {
        Path script = wide("run-large.nn", 200, "report loss\npredict " + "0.5, ".repeat(99) + "0.5\n");
        ProcessRun handedOver = run(LAUNCHED, script.toString());
        ProcessRun oneJvm = run(List.of(), script.toString());
        assertEquals(0, handedOver.exitCode(), handedOver.err());
        String flags = handedOver.out().lines().findFirst().orElse("");
        assertTrue(flags.contains("-XX:+PrintCommandLineFlags"), "the second JVM printed its flags: " + flags);
        assertFalse(flags.contains("TieredStopAtLevel"), "and runs the optimizing compiler: " + flags);
        assertTrue(oneJvm.out().contains("loss"), oneJvm.out());
        assertEquals(oneJvm, new ProcessRun(handedOver.exitCode(),
                handedOver.out().substring(handedOver.out().indexOf('\n') + 1), handedOver.err()));
    }

    @Test
    void aScriptRunThatTrainsASmallNetworkStays() throws IOException {
        Path script = wide("run-small.nn", 20, "report loss\n");
        ProcessRun started = run(LAUNCHED, script.toString());
        assertEquals(0, started.exitCode(), started.err());
        assertEquals(run(List.of(), script.toString()), started);
    }

    /** Ctrl-C sent to the process the user started (kill -INT) reaches the JVM that trains. */
    @Test
    void ctrlCSentToTheStartedProcessStopsTrainingAndSaves() throws Exception {
        interruptAndCheck("sent.nn", false);
    }

    /** A terminal's Ctrl-C signals both JVMs; it counts once: training stops and saves, it is not cut short. */
    @Test
    void ctrlCFromATerminalCountsOnce() throws Exception {
        interruptAndCheck("terminal.nn", true);
    }

    /** The same for {@code nnrun FILE}: Ctrl-C to the started process stops the training JVM, which reports. */
    @Test
    void ctrlCStopsAScriptRunThatWasHandedOver() throws Exception {
        Path script = wide("run-interrupted.nn", 5000, "report loss\n");
        ProcessRun run;
        try (RunningProcess nnrun = RunningProcess.command(command(List.of("-XX:TieredStopAtLevel=1", "-Dnnrun.relaunch="),
                script.toString()))) {
            assertTrue(nnrun.awaitErr(err -> PROGRESS.matcher(err).find()), "training shows progress");
            nnrun.signal("INT");
            run = nnrun.await();
        }
        assertEquals(ExitCodes.INTERRUPTED, run.exitCode(), run.err());
        assertTrue(run.err().contains("STOPPED, training was interrupted by Ctrl-C"), run.err());
        assertTrue(run.out().contains("loss"), "the report follows: " + run.out());
    }

    private void interruptAndCheck(String name, boolean group) throws Exception {
        Path script = wide(name, 5000);
        Path out = folder.resolve("trained-" + name);
        ProcessRun run;
        try (RunningProcess nnrun = RunningProcess.command(command(List.of("-XX:TieredStopAtLevel=1", "-Dnnrun.relaunch="),
                "train", script.toString(), "--out", out.toString()))) {
            assertTrue(nnrun.awaitErr(err -> PROGRESS.matcher(err).find()), "training shows progress");
            if (group) {
                nnrun.signalWithChildren("INT");
            } else {
                nnrun.signal("INT");
            }
            run = nnrun.await();
        }
        assertEquals(ExitCodes.INTERRUPTED, run.exitCode(), run.err());
        assertTrue(run.err().contains("STOPPED, training was interrupted by Ctrl-C; kept the model after step "),
                run.err());
        assertTrue(Files.readString(out).startsWith("# nnrun: training was interrupted by Ctrl-C"), "saved, marked");
    }
}
