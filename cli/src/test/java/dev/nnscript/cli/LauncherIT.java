package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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

    @Test
    void exitCodesReachTheShell() {
        assertEquals(2, launcher(EXAMPLE, "--input", "1,2").exitCode());
        assertEquals(1, launcher(ROOT.resolve("no-such-file.nn").toString(), "--input", "1").exitCode());
        assertEquals(0, launcher("--version").exitCode());
    }

    @Test
    void oneShotPathLoadsNeitherGroovyNorChartsNorProgressBars() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessRun run = ProcessRun.command(List.of(java, "-verbose:class", "-jar",
                ROOT.resolve("cli/target/nnrun.jar").toString(), EXAMPLE, "--input", "0.5"), ProcessRun::none);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("dev.nnscript.cli.Nnrun"), "the class log is on standard output");
        for (String unwanted : new String[] {"groovy", "org.jfree", "me.tongfei", "org.jline"}) {
            assertTrue(!run.out().contains(unwanted), unwanted + " was loaded");
        }
    }
}
