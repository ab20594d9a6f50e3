package dev.nnscript.cli.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompilerChoiceTest {

    private static final List<String> LAUNCHED = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:CICompilerCount=1", "-Dnnrun.relaunch=-XX:MaxVectorSize=32", "-Xshare:auto", "-cp", "nnrun.jar",
            "dev.nnscript.cli.Nnrun", "train", "model.nn", "-XX:TieredStopAtLevel=1", "-Dnnrun.relaunch=x");

    /** W4's digits (about 0.3 billion operations) stay on C1; W5 (24.5 billion) goes to C2. */
    @Test
    void theOptimizingCompilerTrainsFromFiveBillionOperations() {
        assertFalse(CompilerChoice.wantsOptimizingCompiler(0.3e9));
        assertFalse(CompilerChoice.wantsOptimizingCompiler(4.99e9));
        assertTrue(CompilerChoice.wantsOptimizingCompiler(5e9));
        assertTrue(CompilerChoice.wantsOptimizingCompiler(24.5e9));
    }

    /**
     * The new JVM's command: Ctrl-C forwarded through its standard input, C2's flags, the JVM's own flags and the command line as they were,
     * less the C1-only flags (a JVM with C2 would not start with one compiler thread) and the property
     * (so that it never hands over again). An argument after
     * the main class that happens to read like the flag is the command's, and kept.
     */
    @Test
    void theNewJvmRunsTheSameCommandWithTheOptimizingCompiler() {
        assertEquals(List.of("/jdk/bin/java", "-Dnnrun.ctrlc=stdin", "-XX:MaxVectorSize=32", "-XX:+UseSerialGC", "-Xshare:auto", "-cp",
                "nnrun.jar", "dev.nnscript.cli.Nnrun", "train", "model.nn", "-XX:TieredStopAtLevel=1", "-Dnnrun.relaunch=x"),
                CompilerChoice.withOptimizingCompiler("/jdk/bin/java", LAUNCHED, "-XX:MaxVectorSize=32"));
        assertEquals(List.of("java", "-Dnnrun.ctrlc=stdin", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", "nnrun.jar", "dev.nnscript.cli.Nnrun",
                "train", "model.nn", "-XX:TieredStopAtLevel=1", "-Dnnrun.relaunch=x"),
                CompilerChoice.withOptimizingCompiler("java", LAUNCHED, ""));
        assertEquals("-XX:+AlwaysPreTouch",
                CompilerChoice.withOptimizingCompiler("java", LAUNCHED, "-XX:MaxVectorSize=32, -XX:+AlwaysPreTouch").get(3));
    }
}
