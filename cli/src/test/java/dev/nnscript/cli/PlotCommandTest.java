package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnrun plot}, black box: data dots, ranges per axis and from the data, non-finite outputs. */
class PlotCommandTest {

    @TempDir
    Path folder;

    private Path script(String name, String... lines) throws IOException {
        return Files.write(folder.resolve(name), List.of(lines));
    }

    private Path withData() throws IOException {
        return script("bump.nn",
                "network \"Bump\"",
                "input dosage",
                "hidden relu w=1.70 b=-0.85",
                "hidden relu w=12.6 b=0.00",
                "output effectiveness relu w=[-40.8, 2.70] b=-16",
                "data dosage, effectiveness",
                "  2, 0",
                "  3, 1",
                "  4, 0",
                "end");
    }

    @Test
    void drawsTheTrainingRowsOverTheCurve() throws IOException {
        Path svg = folder.resolve("bump.svg");
        CliRun file = CliRun.of("plot", withData().toString(), "--out", svg.toString());
        assertEquals(0, file.exitCode(), file.err());
        assertTrue(Files.readString(svg).contains("effectiveness (data)"), "the dots have a legend entry");
        CliRun terminal = CliRun.of("plot", withData().toString());
        assertTrue(terminal.out().contains("\n  o  effectiveness (data)\n"), terminal.out());
    }

    @Test
    void plottingUntrainedUnknownsSaysTheCurveComesFromInitialValues() throws IOException {
        Path script = script("unknown.nn", "input x", "output y relu w=? b=0");
        CliRun run = CliRun.of("plot", script.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(script + ": warning: 1 of 2 parameters are unknown (?) and not trained"),
                run.err());
        assertEquals("", CliRun.of("plot", withData().toString()).err(), "a network with every value says nothing");
        Path three = script("three.nn", "input a, b, c", "output y relu w=? b=0");
        assertEquals(new CliRun(2, "", "nnrun: plot draws networks with one or two inputs; " + three + " has 3\n"
                + "Try 'nnrun plot --help' for more information.\n"), CliRun.of("plot", three.toString()),
                "a plot refused gives no advice to train first");
    }

    @Test
    void theRangeDefaultsToTheDataWidenedByAMargin() throws IOException {
        CliRun run = CliRun.of("plot", withData().toString());
        assertEquals(0, run.exitCode(), run.err());
        String axis = run.out().lines().filter(line -> line.contains("dosage")).reduce((a, b) -> b).orElseThrow();
        assertTrue(axis.strip().startsWith("1.9 "), axis);
        assertTrue(axis.strip().endsWith(" 4.1"), axis);
        // An end given on the command line wins over the data's.
        String given = CliRun.of("plot", withData().toString(), "--from", "0").out().lines()
                .filter(line -> line.contains("dosage")).reduce((a, b) -> b).orElseThrow();
        assertTrue(given.strip().startsWith("0 ") && given.strip().endsWith(" 4.1"), given);
    }

    @Test
    void aTwoInputPlotTakesARangePerAxis() {
        Path script = Scripts.copy("iris-like.nn", folder);
        CliRun run = CliRun.of("plot", script.toString(), "--from", "-1", "--to", "1", "--y-from", "2", "--y-to", "5");
        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = run.out().lines().filter(line -> line.contains("|")).toList();
        assertTrue(rows.get(0).strip().startsWith("5 |"), rows.get(0));
        assertTrue(rows.get(rows.size() - 1).strip().startsWith("2 |"), rows.get(rows.size() - 1));
        String axis = run.out().lines().filter(line -> line.contains("petal_width")).reduce((a, b) -> b).orElseThrow();
        assertTrue(axis.strip().startsWith("-1 ") && axis.strip().endsWith(" 1"), axis);
    }

    @Test
    void yRangeOptionsAreForTwoInputsAndMustBeOrdered() throws IOException {
        CliRun one = CliRun.of("plot", withData().toString(), "--y-from", "0");
        assertEquals(2, one.exitCode());
        assertTrue(one.err().startsWith("nnrun: --y-from and --y-to are for networks with two inputs;"), one.err());
        Path script = Scripts.copy("iris-like.nn", folder);
        CliRun reversed = CliRun.of("plot", script.toString(), "--y-from", "1", "--y-to", "0");
        assertEquals(2, reversed.exitCode());
        assertTrue(reversed.err().startsWith("nnrun: --y-from must be below --y-to (got 1 and 0)"), reversed.err());
    }

    /** Ends each finite but a span past the largest double: every sample would land at infinity. */
    @Test
    void aRangeTooWideForDoublesIsRefused() throws IOException {
        Path script = Scripts.copy("iris-like.nn", folder);
        CliRun wide = CliRun.of("plot", script.toString(), "--from", "-1e308", "--to", "1e308");
        assertEquals(2, wide.exitCode());
        assertTrue(wide.err().startsWith("nnrun: the span from --from -1e308 to --to 1e308 is too wide to sample"
                + " (it exceeds the largest double, about 1.8e308); narrow the range"), wide.err());
        assertEquals(0, CliRun.of("plot", script.toString(), "--from", "-1e307", "--to", "1e307").exitCode(),
                "a wide span that fits is drawn");
    }

    @Test
    void nonFiniteOutputsAreLeftOutAndNamed() throws IOException {
        // y = 1e308 * x overflows to infinity above x = 1.8; below it, values beyond 1e300 cannot be drawn either.
        Path script = script("overflow.nn", "input x", "output y identity w=1e308 b=0");
        Path png = folder.resolve("overflow.png");
        CliRun run = CliRun.of("plot", script.toString(), "--from", "0", "--to", "4", "--out", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("wrote " + png + "\n", run.out());
        assertTrue(run.err().startsWith("warning: y is not finite or beyond ±1e300 at "), run.err());
        assertTrue(run.err().contains(" of 401 samples (x from "), run.err());
        assertTrue(run.err().endsWith("to 4); left out of the plot\n"), run.err());
        assertTrue(Files.size(png) > 0);
        CliRun svg = CliRun.of("plot", script.toString(), "--from", "0", "--to", "4", "--out",
                folder.resolve("overflow.svg").toString());
        assertEquals(0, svg.exitCode(), svg.err());
        CliRun terminal = CliRun.of("plot", script.toString(), "--from", "0", "--to", "4");
        assertEquals(0, terminal.exitCode(), terminal.err());
        assertTrue(terminal.err().startsWith("warning: y is not finite or beyond ±1e300 at "), terminal.err());
    }

    @Test
    void dataThatCannotBeReadLeaveThePlotWithoutDots() throws IOException {
        Path script = script("moved.nn", "input x", "output y identity w=2 b=0", "data \"missing.csv\"");
        CliRun run = CliRun.of("plot", script.toString(), "--from", "0", "--to", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("warning: plotting without the data rows: data file not found: "), run.err());
        assertTrue(run.out().contains("  *  y\n"), run.out());
    }
}
