package dev.nnscript.cli;

import dev.nnscript.cli.predict.OutputFormat;
import dev.nnscript.cli.predict.Predictions;
import dev.nnscript.cli.text.ReadableNumbers;
import dev.nnscript.cli.train.TrainingOverrides;
import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.Evaluation;
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
            case LOSS -> {
                if (trained == null) {
                    out.println("loss: not trained (the script has no data and train lines)");
                } else {
                    Loss loss = trained.config().loss();
                    out.println("loss (" + loss.name() + ") = " + ReadableNumbers.format(trained.result().finalLoss()));
                    trained.data().heldOutRows().ifPresent(rows -> out.println("held-out loss (" + loss.name() + ") = "
                            + ReadableNumbers.format(Evaluation.loss(network, rows, loss))));
                }
            }
            case ACCURACY -> {
                if (trained == null) {
                    out.println("accuracy: not trained (the script has no data and train lines)");
                } else if (!network.outputLayer().isSoftmax()) {
                    out.println("accuracy: needs a softmax output layer");
                } else {
                    out.println("accuracy = " + accuracy(network, trained.data().dataset(), "training rows"));
                    trained.data().heldOutRows().ifPresent(rows -> out.println("held-out accuracy = "
                            + accuracy(network, rows, "held-out rows")));
                }
            }
        }
    }

    /** Share of rows whose predicted class is the target's, and the counts: {@code 0.9667 (29 of 30 training rows)}. */
    private static String accuracy(Network network, Dataset rows, String what) {
        int correct = Evaluation.correct(network, rows);
        return ReadableNumbers.format((double) correct / rows.rows()) + " (" + correct + " of " + rows.rows() + " "
                + what + ")";
    }
}
