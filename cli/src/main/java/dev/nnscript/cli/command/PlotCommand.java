package dev.nnscript.cli.command;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.cli.io.OutputPaths;
import dev.nnscript.cli.plot.AxisRange;
import dev.nnscript.cli.plot.ChartFiles;
import dev.nnscript.cli.plot.DataDots;
import dev.nnscript.cli.plot.OneInputCurves;
import dev.nnscript.cli.plot.PlotOutput;
import dev.nnscript.cli.plot.PlotRange;
import dev.nnscript.cli.plot.PlotWarnings;
import dev.nnscript.cli.plot.TwoInputGrid;
import dev.nnscript.cli.script.RunRule;
import dev.nnscript.cli.script.ScriptFiles;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.script.Script;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code nnrun plot FILE}: draws what a one-input network computes over an input range (the output
 * plus each hidden node's scaled contribution and their sum), or a heat map of a two-input
 * network's output or predicted class; in the terminal, or to an SVG or PNG file.
 */
@Command(name = "plot",
        mixinStandardHelpOptions = true,
        // One string per paragraph: picocli wraps each at the help width (HelpScreensTest).
        description = {"Plot a network with one or two inputs, in the terminal or to an SVG or PNG file.", "",
            "One input: the output curve, each hidden node's scaled contribution, and their sum before the"
                + " final activation. Two inputs: a heat map of the output or predicted class. The script's"
                + " data rows are drawn as dots. Without --out the plot is drawn in the terminal, as wide"
                + " as the terminal."},
        // Example lines run against the shipped examples in a test (HelpExamplesTest).
        footerHeading = "%nExamples:%n",
        footer = {"  nnrun plot examples/relu-in-action.nn",
            "  nnrun plot examples/relu-in-action.nn --from 0 --to 1 --out relu.svg",
            "  nnrun plot examples/iris-statquest.nn --y-from 0 --y-to 0.6 --out classes.png"})
final class PlotCommand implements Callable<Integer> {

    private final ScriptFiles scripts;

    @Mixin
    ScriptOptions common;

    PlotCommand(ScriptFiles scripts) {
        this.scripts = scripts;
    }

    @Option(names = "--from", paramLabel = "A",
            description = "Start of the (first) input's range, the horizontal axis. Default: the lowest value in "
                    + "the script's data (less 5%% of its span), or 0 without data.")
    Double from;

    @Option(names = "--to", paramLabel = "B",
            description = "End of the (first) input's range. Default: the highest value in the script's data "
                    + "(plus 5%% of its span), or 1 without data.")
    Double to;

    @Option(names = "--y-from", paramLabel = "A",
            description = "Start of the second input's range, the vertical axis of a two-input heat map. "
                    + "Default: as for --from, from the second input's column.")
    Double yFrom;

    @Option(names = "--y-to", paramLabel = "B",
            description = "End of the second input's range (two-input networks). Default: as for --to.")
    Double yTo;

    @Option(names = "--out", paramLabel = "FILE.svg|FILE.png",
            description = "Write the plot to this file (SVG or PNG, by extension), replacing it atomically.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path file = common.file();
        checkGiven("--from", from);
        checkGiven("--to", to);
        checkGiven("--y-from", yFrom);
        checkGiven("--y-to", yTo);
        if (out != null && !ChartFiles.supports(out)) {
            throw usage("--out must name an .svg or .png file, not '" + out + "'");
        }
        if (out != null) {
            OutputPaths.problem(out).ifPresent(problem -> {
                throw usage(problem);
            });
        }
        PrintWriter stdout = common.out();
        PrintWriter stderr = common.err();
        Script script = scripts.load(file, stderr);
        Network network = script.network();
        if (network.inputCount() != 1 && network.inputCount() != 2) {
            throw usage("plot draws networks with one or two inputs; " + file + " has " + network.inputCount());
        }
        if (network.inputCount() == 1 && (yFrom != null || yTo != null)) {
            throw usage("--y-from and --y-to are for networks with two inputs; " + file + " has one (use --from and --to)");
        }
        // The curve of unknown, untrained parameters is their initial values': say so, as predictions do
        // (once the plot will be drawn: a refusal needs no advice to train).
        RunRule.untrainedWarning(script, file).ifPresent(stderr::println);
        Dataset data = script.dataSource().isPresent() ? DataDots.load(script, file.toString(), stderr) : null;
        PlotRange across = AxisRange.resolve("--from", from, "--to", to, data, 0, this::usage);
        if (network.inputCount() == 1) {
            OneInputCurves curves = OneInputCurves.of(network, across.from(), across.to(), OneInputCurves.DEFAULT_SAMPLES);
            curves = data == null ? curves : curves.withData(data, network.outputNames());
            curves.nonFiniteValues().forEach(note -> PlotWarnings.warn(stderr, note));
            PlotOutput.show(curves, out, stdout);
        } else {
            PlotRange up = AxisRange.resolve("--y-from", yFrom, "--y-to", yTo, data, 1, this::usage);
            TwoInputGrid grid = TwoInputGrid.of(network, across, up, TwoInputGrid.DEFAULT_STEPS);
            grid = data == null ? grid : grid.withData(data);
            grid.nonFiniteValues().ifPresent(note -> PlotWarnings.warn(stderr, note));
            PlotOutput.show(grid, out, stdout);
        }
        return ExitCodes.OK;
    }

    private void checkGiven(String name, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw usage(name + " must be a finite number (got " + value + ")");
        }
    }

    private ParameterException usage(String message) {
        return common.usage(message);
    }
}
