package dev.nnscript.cli;

import dev.nnscript.cli.io.OutputPaths;
import dev.nnscript.cli.plot.ChartFiles;
import dev.nnscript.cli.plot.OneInputCurves;
import dev.nnscript.cli.plot.TerminalPlot;
import dev.nnscript.cli.plot.TwoInputGrid;
import dev.nnscript.core.network.Network;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
                + " final activation. Two inputs: a heat map of the output or predicted class. Without --out"
                + " the plot is drawn in the terminal."},
        // Example lines run against the shipped examples in a test (HelpExamplesTest).
        footerHeading = "%nExamples:%n",
        footer = {"  nnrun plot examples/relu-in-action.nn",
            "  nnrun plot examples/relu-in-action.nn --from 0 --to 1 --out relu.svg",
            "  nnrun plot examples/iris-statquest.nn --out classes.png"})
final class PlotCommand implements Callable<Integer> {

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .nn script.")
    Path file;

    @Option(names = "--from", paramLabel = "A", defaultValue = "0",
            description = "Start of the input range (default: ${DEFAULT-VALUE}).")
    double from;

    @Option(names = "--to", paramLabel = "B", defaultValue = "1",
            description = "End of the input range (default: ${DEFAULT-VALUE}).")
    double to;

    @Option(names = "--out", paramLabel = "FILE.svg|FILE.png",
            description = "Write the plot to this file (SVG or PNG, by extension), replacing it atomically.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!(Double.isFinite(from) && Double.isFinite(to) && from < to)) {
            throw usage("--from must be below --to, both finite (got " + from + " and " + to + ")");
        }
        if (out != null && !ChartFiles.supports(out)) {
            throw usage("--out must name an .svg or .png file, not '" + out + "'");
        }
        if (out != null) {
            OutputPaths.problem(out).ifPresent(problem -> {
                throw usage(problem);
            });
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Network network = ScriptFiles.load(file, spec.commandLine().getErr()).network();
        switch (network.inputCount()) {
            case 1 -> plot(OneInputCurves.of(network, from, to, OneInputCurves.DEFAULT_SAMPLES), stdout);
            case 2 -> plot(TwoInputGrid.of(network, from, to, TwoInputGrid.DEFAULT_STEPS), stdout);
            default -> throw usage("plot draws networks with one or two inputs; " + file + " has "
                    + network.inputCount());
        }
        return ExitCodes.OK;
    }

    private void plot(OneInputCurves curves, PrintWriter stdout) throws IOException {
        if (out == null) {
            TerminalPlot.print(curves, stdout);
        } else {
            ChartFiles.write(curves, out);
            wrote(stdout);
        }
    }

    private void plot(TwoInputGrid grid, PrintWriter stdout) throws IOException {
        if (out == null) {
            TerminalPlot.print(grid, stdout);
        } else {
            ChartFiles.write(grid, out);
            wrote(stdout);
        }
    }

    private void wrote(PrintWriter stdout) {
        stdout.println("wrote " + out);
        stdout.flush();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
