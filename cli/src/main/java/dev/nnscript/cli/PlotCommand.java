package dev.nnscript.cli;

import dev.nnscript.cli.io.OutputPaths;
import dev.nnscript.cli.plot.ChartFiles;
import dev.nnscript.cli.plot.OneInputCurves;
import dev.nnscript.cli.plot.PlotData;
import dev.nnscript.cli.plot.PlotRange;
import dev.nnscript.cli.plot.TerminalPlot;
import dev.nnscript.cli.plot.TerminalWidth;
import dev.nnscript.cli.plot.TwoInputGrid;
import dev.nnscript.dsl.print.ReadableNumbers;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.data.DataResult;
import dev.nnscript.dsl.data.ScriptData;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.DiagnosticFormatter;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.diagnostic.PrintableText;
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
                + " final activation. Two inputs: a heat map of the output or predicted class. The script's"
                + " data rows are drawn as dots. Without --out the plot is drawn in the terminal, as wide"
                + " as the terminal."},
        // Example lines run against the shipped examples in a test (HelpExamplesTest).
        footerHeading = "%nExamples:%n",
        footer = {"  nnrun plot examples/relu-in-action.nn",
            "  nnrun plot examples/relu-in-action.nn --from 0 --to 1 --out relu.svg",
            "  nnrun plot examples/iris-statquest.nn --y-from 0 --y-to 0.6 --out classes.png"})
final class PlotCommand implements Callable<Integer> {

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .nn script.")
    Path file;

    @Option(names = "--from", paramLabel = "A",
            description = "Start of the (first) input's range, the horizontal axis. Default: the lowest value in "
                    + "the script's data (less 5% of its span), or 0 without data.")
    Double from;

    @Option(names = "--to", paramLabel = "B",
            description = "End of the (first) input's range. Default: the highest value in the script's data "
                    + "(plus 5% of its span), or 1 without data.")
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
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Script script = ScriptFiles.load(file, stderr);
        // The curve of unknown, untrained parameters is their initial values': say so, as predictions do.
        RunRule.untrainedWarning(script, file).ifPresent(stderr::println);
        Network network = script.network();
        if (network.inputCount() != 1 && network.inputCount() != 2) {
            throw usage("plot draws networks with one or two inputs; " + file + " has " + network.inputCount());
        }
        if (network.inputCount() == 1 && (yFrom != null || yTo != null)) {
            throw usage("--y-from and --y-to are for networks with two inputs; " + file + " has one (use --from and --to)");
        }
        Dataset data = script.dataSource().isPresent() ? data(script, stderr) : null;
        PlotRange across = range("--from", from, "--to", to, data, 0);
        if (network.inputCount() == 1) {
            OneInputCurves curves = OneInputCurves.of(network, across.from(), across.to(), OneInputCurves.DEFAULT_SAMPLES);
            curves = data == null ? curves : curves.withData(data, network.outputNames());
            curves.nonFiniteValues().forEach(note -> warn(stderr, note));
            plot(curves, stdout);
        } else {
            PlotRange up = range("--y-from", yFrom, "--y-to", yTo, data, 1);
            TwoInputGrid grid = TwoInputGrid.of(network, across, up, TwoInputGrid.DEFAULT_STEPS);
            grid = data == null ? grid : grid.withData(data);
            grid.nonFiniteValues().ifPresent(note -> warn(stderr, note));
            plot(grid, stdout);
        }
        return ExitCodes.OK;
    }

    private void checkGiven(String name, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw usage(name + " must be a finite number (got " + value + ")");
        }
    }

    /** The range given on the command line, each end it leaves out taken from the data's column, else 0..1. */
    private PlotRange range(String fromName, Double given, String toName, Double givenTo, Dataset data, int column) {
        PlotRange fromData = data == null ? null : PlotRange.ofColumn(data.inputs(), column, data.inputCount());
        PlotRange fallback = fromData != null ? fromData : PlotRange.UNIT;
        double a = given != null ? given : fallback.from();
        double b = givenTo != null ? givenTo : fallback.to();
        if (!(a < b)) {
            throw usage(fromName + " must be below " + toName + " (got " + ReadableNumbers.format(a) + " and "
                    + ReadableNumbers.format(b) + (given == null || givenTo == null ? ", one of them from the data" : "")
                    + ")");
        }
        return new PlotRange(a, b);
    }

    /**
     * Every row of the script's data, or null when they cannot be read: the dots are an aid, the
     * network is what is plotted, so the plot goes on without them and a warning says why (a model
     * saved away from its CSV file, say). The data's own warnings go to standard error.
     */
    private Dataset data(Script script, PrintWriter stderr) {
        DataResult result = ScriptData.load(script, file.toString());
        if (result.loaded().isEmpty()) {
            String why = result.diagnostics().stream().filter(Diagnostic::isError).findFirst()
                    .map(Diagnostic::message).orElse("the data could not be read");
            warn(stderr, "plotting without the data rows: " + why);
            return null;
        }
        if (!result.diagnostics().isEmpty()) {
            stderr.print(DiagnosticFormatter.format(result.diagnostics(), null));
            stderr.flush();
        }
        return PlotData.allRows(result);
    }

    private static void warn(PrintWriter stderr, String note) {
        stderr.println("warning: " + note);
        stderr.flush();
    }

    private void plot(OneInputCurves curves, PrintWriter stdout) throws IOException {
        if (out == null) {
            TerminalPlot.print(curves, stdout, TerminalWidth.columns());
        } else {
            ChartFiles.write(curves, out);
            wrote(stdout);
        }
    }

    private void plot(TwoInputGrid grid, PrintWriter stdout) throws IOException {
        if (out == null) {
            TerminalPlot.print(grid, stdout, TerminalWidth.columns());
        } else {
            ChartFiles.write(grid, out);
            wrote(stdout);
        }
    }

    /** Says where the plot went; not when it went to a stream, which may be standard output itself. */
    private void wrote(PrintWriter stdout) {
        if (!OutputPaths.writtenThrough(out)) {
            stdout.println("wrote " + PrintableText.of(out.toString()));
            stdout.flush();
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
