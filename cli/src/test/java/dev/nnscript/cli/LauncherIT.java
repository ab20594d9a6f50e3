package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar and the {@code nnrun} launcher at the repository root, as a user runs them. Runs
 * after {@code package} (failsafe), from the cli module's folder.
 */
class LauncherIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String EXAMPLE = ROOT.resolve("examples/relu-in-action.nn").toString();

    private static ProcessRun launcher(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("nnrun").toString()));
        command.addAll(List.of(args));
        return ProcessRun.command(command, ProcessRun::none);
    }

    @Test
    void quickStartPrintsTheEffectiveness() {
        assertEquals(new ProcessRun(0, "effectiveness = 1.01\n", ""), launcher(EXAMPLE, "--input", "0.5"));
        assertTrue(Files.isRegularFile(ROOT.resolve("cli/target/nnrun.jsa")), "class-data-sharing archive");
    }

    /**
     * An archive made for another java (a JAVA_HOME that named another JDK, whose archive this one
     * could not use) is made again, once, for the java the launcher now starts.
     */
    @Test
    void anArchiveMadeForAnotherJavaIsMadeAgain() throws IOException {
        Path archive = ROOT.resolve("cli/target/nnrun.jsa");
        Path madeFor = ROOT.resolve("cli/target/nnrun.jsa.java");
        launcher("--version");
        FileTime before = Files.getLastModifiedTime(archive);
        Files.writeString(madeFor, "/another/jdk/bin/java\n"); // the archive itself is left in place
        assertEquals(new ProcessRun(0, "effectiveness = 1.01\n", ""), launcher(EXAMPLE, "--input", "0.5"));
        String javaHome = System.getenv("JAVA_HOME");
        assertEquals((javaHome == null || javaHome.isEmpty() ? "" : javaHome + "/bin/") + "java\n",
                Files.readString(madeFor));
        assertTrue(Files.isRegularFile(archive), "the archive was made again");
        // Made again, not kept: dumping the class lists takes more than a second, so the new file's time differs.
        assertNotEquals(before, Files.getLastModifiedTime(archive),
                "the archive is still the one made for the other java");
    }

    /**
     * However it is called, the launcher starts the jar by its absolute path without . or .. parts
     * (the class-data archive is matched to the jar's path). A stand-in java prints its arguments.
     */
    @Test
    void startsTheJarByItsPlainAbsolutePathHoweverItIsCalled(@TempDir Path javaHome) throws IOException {
        standInJava(javaHome);
        String jar = ROOT.resolve("cli/target/nnrun.jar").toString();
        for (String call : List.of("./nnrun", "bash nnrun", "bash cli/../nnrun", "\"$PWD/nnrun\"",
                "cd cli && ../nnrun", "cd cli && bash ./../nnrun", "cd / && bash \"${1#/}/nnrun\"")) {
            ProcessRun run = ProcessRun.command(List.of("bash", "-c", "cd \"$1\" && export JAVA_HOME=\"$2\" && " + call,
                    "bash", ROOT.toString(), javaHome.toString()), ProcessRun::none);
            assertEquals(0, run.exitCode(), call + ": " + run.err());
            assertTrue(run.out().lines().anyMatch(jar::equals), call + " started java with " + run.out());
        }
    }

    /**
     * Commands on the client compiler have the engine's methods compiled after fewer calls (a short
     * training leaves the interpreter sooner), with "quiet" first so the JVM prints nothing about it
     * on standard output (quickStartPrintsTheEffectiveness checks that output), and one compiler
     * thread on a machine with one or two CPUs; plot keeps the optimizing compiler's own thresholds
     * and threads (a JVM with it does not start with one). A stand-in java prints its arguments.
     */
    @Test
    void tunesTheClientCompilerOnlyAndLogsToStandardError(@TempDir Path javaHome) throws IOException {
        Path online = Path.of("/sys/devices/system/cpu/online"); // Linux's list of CPUs, as "0-1"
        boolean twoCpus = Files.isReadable(online) && List.of("0", "0-1").contains(Files.readString(online).strip());
        standInJava(javaHome);
        List<String> engine = List.of("-XX:CompileCommand=quiet",
                "-XX:CompileCommand=CompileThresholdScaling,dev/nnscript/core/*.*,0.1");
        for (List<String> args : List.of(List.of(EXAMPLE, "--input", "0.5"), List.of("train", EXAMPLE),
                List.of("plot", EXAMPLE))) {
            List<String> command = new ArrayList<>(List.of("bash", "-c", "export JAVA_HOME=\"$1\" && shift && bash \"$@\"",
                    "bash", javaHome.toString(), ROOT.resolve("nnrun").toString()));
            command.addAll(args);
            List<String> flags = ProcessRun.command(command, ProcessRun::none).out().lines().toList();
            boolean client = flags.contains("-XX:TieredStopAtLevel=1");
            assertEquals(!args.get(0).equals("plot"), client, args + " started java with " + flags);
            assertEquals(client, Collections.indexOfSubList(flags, engine) >= 0, args + " started java with " + flags);
            assertEquals(client && twoCpus, flags.contains("-XX:CICompilerCount=1"), args + " started java with " + flags);
            // The JVM's own log lines (an archive another JDK made, say) go to standard error.
            assertTrue(Collections.indexOfSubList(flags, List.of("-Xlog:disable", "-Xlog:all=warning:stderr")) >= 0,
                    args + " started java with " + flags);
            assertTrue(flags.stream().filter(flag -> flag.startsWith("-XX:CICompilerCount=")).count() <= (client ? 1 : 0),
                    args + " started java with " + flags);
        }
    }

    /**
     * A symbolic link on the PATH (and a link to that link) starts the launcher of the checkout it
     * points to: the launcher finds its folder through the links, not the link's own folder.
     */
    @Test
    void runsThroughSymbolicLinksOnThePath(@TempDir Path bin) throws IOException {
        Path link = Files.createSymbolicLink(bin.resolve("nnrun-link"), ROOT.resolve("nnrun"));
        Files.createSymbolicLink(bin.resolve("nnrun"), link.getFileName());
        ProcessRun run = ProcessRun.command(List.of("bash", "-c", "cd / && PATH=\"$1:$PATH\" nnrun \"$2\" --input 0.5",
                "bash", bin.toString(), EXAMPLE), ProcessRun::none);
        // Removed here: JUnit warns when it deletes a link that points out of its folder.
        Files.delete(bin.resolve("nnrun"));
        Files.delete(link);
        assertEquals(new ProcessRun(0, "effectiveness = 1.01\n", ""), run);
    }

    @Test
    void exitCodesReachTheShell() {
        assertEquals(2, launcher(EXAMPLE, "--input", "1,2").exitCode());
        assertEquals(1, launcher(ROOT.resolve("no-such-file.nn").toString(), "--input", "1").exitCode());
        assertEquals(0, launcher("--version").exitCode());
    }

    /**
     * The libraries only other commands need, by package: Groovy (the builder), JFreeChart (plots),
     * the progress bar and its terminal library (training), picocli (the full command line), LSP4J,
     * its Gson and the language server ({@code nnrun lsp}).
     */
    private static final List<String> HEAVY = List.of("groovy.", "org.apache.groovy.", "org.codehaus.groovy.",
            "org.jfree.", "me.tongfei.progressbar.", "org.jline.", "picocli.",
            "com.sun.net.httpserver.", "sun.net.httpserver.", "dev.nnscript.cli.serve.", "com.google.gson.",

            // ONNX export and import: the onnx module, its generated classes and protobuf.
            "dev.nnscript.onnx.", "dev.nnscript.cli.interop.", "ai.onnx.", "org.tribuo.", "com.google.protobuf.",

            // The language server: LSP4J (Gson is listed above) and the lsp module.
            "org.eclipse.lsp4j.", "dev.nnscript.lsp.",

            // Apache Spark: the spark module is never on nnrun's path.
            "org.apache.spark.", "scala.", "dev.nnscript.spark.");

    /** Start-up guard: a one-shot run takes the fast path, which loads none of the heavy libraries. */
    @Test
    void oneShotPathLoadsNoHeavyLibrary() {
        assertEquals(List.of(), heavyClasses(classLog(EXAMPLE, "--input", "0.5")));
    }

    /** Batch inference takes the fast path too: no picocli, nor the other heavy libraries. */
    @Test
    void batchPathLoadsNoHeavyLibrary(@TempDir Path folder) throws IOException {
        Path rows = Files.writeString(folder.resolve("rows.csv"), "dosage\n0.5\n0.1\n");
        assertEquals(List.of(), heavyClasses(classLog(EXAMPLE, "--inputs", rows.toString())));
    }

    /**
     * A script run takes the fast path too: it trains, so the progress bar loads, but picocli's
     * command line is not built (two of its exception classes load with the training flags' code).
     */
    @Test
    void scriptRunBuildsNoCommandLine() {
        String script = ROOT.resolve("examples/xor.nn").toString();
        List<String> picocli = heavyClasses(classLog(script)).stream().filter(name -> name.startsWith("picocli."))
                .filter(name -> !name.endsWith("Exception")).toList();
        assertEquals(List.of(), picocli);
    }

    /** So does check FILE, which loads none of the heavy libraries. */
    @Test
    void checkPathLoadsNoHeavyLibrary() {
        assertEquals(List.of(), heavyClasses(classLog("check", EXAMPLE)));
    }

    /** The checks above can see: a command that needs the full command line (fmt) loads picocli. */
    @Test
    void theCheckSeesPicocliWhereItIsNeeded() {
        assertTrue(heavyClasses(classLog("fmt", EXAMPLE)).stream().anyMatch(name -> name.startsWith("picocli.")),
                "fmt ran without picocli, or the class log is not read right");
    }

    /** A java in {@code javaHome}/bin that prints its arguments, one a line, and exits 0. */
    private static void standInJava(Path javaHome) throws IOException {
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
    }

    /** The heavy classes named in a {@code -verbose:class} log ({@code [info][class,load] NAME source: ...}). */
    private static List<String> heavyClasses(String classLog) {
        List<String> heavy = new ArrayList<>();
        for (String line : classLog.split("\n")) {
            int start = line.indexOf("[class,load] ");
            if (start >= 0) {
                String name = line.substring(start + "[class,load] ".length()).split(" ", 2)[0];
                if (HEAVY.stream().anyMatch(name::startsWith)) {
                    heavy.add(name);
                }
            }
        }
        return heavy;
    }

    /**
     * Started with standard output closed, the JVM may find /dev/null in its place; the launcher tells
     * nnrun, which then says the output was lost instead of exiting 0.
     */
    @Test
    void aClosedStandardOutputIsAnError() {
        ProcessRun run = ProcessRun.command(List.of("bash", "-c", "exec bash \"$0\" \"$1\" --input 0.5 >&-",
                ROOT.resolve("nnrun").toString(), EXAMPLE), ProcessRun::none);
        assertEquals(new ProcessRun(1, "", "nnrun: cannot write to standard output: it is closed; the output is"
                + " incomplete\n"), run);
    }

    /** The classes a run of the jar loads, as the JVM logs them, after checking that it succeeded. */
    private static String classLog(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-verbose:class", "-jar",
                ROOT.resolve("cli/target/nnrun.jar").toString()));
        command.addAll(List.of(args));
        ProcessRun run = ProcessRun.command(command, ProcessRun::none);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("dev.nnscript.cli.Nnrun"), "the class log is on standard output");
        return run.out();
    }
}
