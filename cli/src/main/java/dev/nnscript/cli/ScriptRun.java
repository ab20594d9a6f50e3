package dev.nnscript.cli;

import dev.nnscript.cli.predict.OutputFormat;
import dev.nnscript.cli.predict.PredictedClass;
import dev.nnscript.cli.predict.Predictions;
import dev.nnscript.cli.text.ReadableNumbers;
import dev.nnscript.cli.train.TrainingOverrides;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.dsl.script.ReportKind;
import dev.nnscript.dsl.script.Script;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code nnrun FILE} without inputs: runs the script. Trains when it has data and a {@code train}
 * line, then prints what its {@code predict} and {@code report} lines ask for, in order.
 */
final class ScriptRun {

    private final PrintWriter out;
    private final PrintWriter err;

    ScriptRun(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(Script script, Path file) {
        ScriptTraining.Trained trained = null;
        if (script.data() != null && !script.training().isEmpty()) {
            trained = new ScriptTraining(err).train(script, file, new TrainingOverrides());
        }
        Network network = trained == null ? script.network() : trained.script().network();
        List<double[]> rows = script.predictions().stream()
                .map(row -> row.stream().mapToDouble(Double::doubleValue).toArray()).toList();
        if (!rows.isEmpty()) {
            new Predictions(network, out).write(rows, OutputFormat.human);
        }
        for (ReportKind report : script.reports()) {
            report(report, trained, network);
        }
        if (rows.isEmpty() && script.reports().isEmpty() && trained == null) {
            err.println(file + ": nothing to run (no data and train lines, no predict or report lines);"
                    + " try --input VALUES or nnrun check");
        }
        out.flush();
        return trained == null ? ExitCodes.OK : ExitCodes.afterTraining(trained.result().reason());
    }

    private void report(ReportKind report, ScriptTraining.Trained trained, Network network) {
        switch (report) {
            case PARAMETERS -> out.print(ScriptPrinter.print(network));
            case LOSS -> out.println(trained == null ? "loss: not trained (the script has no data and train lines)"
                    : "loss (" + trained.config().loss().name() + ") = " + ReadableNumbers.format(trained.result().finalLoss()));
            case ACCURACY -> out.println(trained == null ? "accuracy: not trained (the script has no data and train lines)"
                    : accuracy(network, trained.data()));
        }
    }

    /** Share of rows whose predicted class is the target's; for softmax networks. */
    private static String accuracy(Network network, Dataset data) {
        if (!network.outputLayer().isSoftmax()) {
            return "accuracy: needs a softmax output layer";
        }
        ForwardTrace trace = new ForwardTrace(network, data.rows());
        network.forward(data.inputs(), data.rows(), trace);
        int width = network.outputCount();
        int correct = 0;
        for (int r = 0; r < data.rows(); r++) {
            int predicted = PredictedClass.of(trace.output(), r * width, width);
            correct += data.targets()[r * width + predicted] == 1.0 ? 1 : 0;
        }
        return "accuracy = " + ReadableNumbers.format((double) correct / data.rows()) + " (" + correct + " of "
                + data.rows() + " training rows)";
    }
}
