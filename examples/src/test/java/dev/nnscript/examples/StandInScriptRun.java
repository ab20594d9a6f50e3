package dev.nnscript.examples;

import dev.nnscript.cli.predict.OutputFormat;
import dev.nnscript.cli.predict.PredictedClass;
import dev.nnscript.cli.predict.Predictions;
import dev.nnscript.cli.text.ReadableNumbers;
import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.ProgressListener;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;
import dev.nnscript.dsl.data.DataResult;
import dev.nnscript.dsl.data.ScriptData;
import dev.nnscript.dsl.diagnostic.DiagnosticFormatter;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.dsl.script.ReportKind;
import dev.nnscript.dsl.script.Script;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The stand-in's {@code nnrun FILE}: trains when the script has data and a {@code train} line
 * (holding out {@code holdout=} of the rows), then prints its {@code predict} and {@code report}
 * lines. Reports of an untrained script with data are about the network as written. Output lines:
 * {@code loss (NAME) = X}, {@code accuracy = X (K of N training rows)},
 * {@code held-out accuracy = X (K of N held-out rows)}, and the canonical script for parameters.
 */
final class StandInScriptRun {

    private final PrintWriter out;
    private final PrintWriter err;

    StandInScriptRun(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(Script script, Path file) {
        Network network = script.network();
        HoldoutSplit split = null;
        if (script.data() != null) {
            DataResult data = ScriptData.load(script, file.toString());
            if (data.loaded().isEmpty()) {
                err.print(DiagnosticFormatter.format(data.diagnostics(), null));
                return 1;
            }
            split = HoldoutSplit.of(data.dataset(), script.data().options().holdoutOrZero(),
                    script.training().seedOrDefault());
            if (!script.training().isEmpty()) {
                network = train(script, split.training());
            }
        }
        List<double[]> rows = script.predictions().stream()
                .map(row -> row.stream().mapToDouble(Double::doubleValue).toArray()).toList();
        if (!rows.isEmpty()) {
            new Predictions(network, out).write(rows, OutputFormat.human);
        }
        for (ReportKind report : script.reports()) {
            report(report, network, script.trainingConfig(), split);
        }
        return 0;
    }

    private Network train(Script script, Dataset training) {
        TrainingConfig config = script.trainingConfig();
        TrainingResult result = Trainer.train(script.network(), training, config, ProgressListener.NONE);
        err.println("trained " + result.steps() + " steps: " + result.reason());
        err.println("final loss (" + config.loss().name() + ", all rows) = " + ReadableNumbers.format(result.finalLoss()));
        return result.network();
    }

    private void report(ReportKind report, Network network, TrainingConfig config, HoldoutSplit split) {
        switch (report) {
            case PARAMETERS -> out.print(ScriptPrinter.print(network));
            case LOSS -> out.println(split == null ? "loss: the script has no data"
                    : "loss (" + config.loss().name() + ") = " + ReadableNumbers.format(loss(network, config.loss(), split.training())));
            case ACCURACY -> {
                out.println(split == null ? "accuracy: the script has no data" : accuracy("accuracy", network, split.training(), "training"));
                if (split != null && split.heldOut() != null) {
                    out.println(accuracy("held-out accuracy", network, split.heldOut(), "held-out"));
                }
            }
        }
    }

    private static double loss(Network network, Loss loss, Dataset data) {
        ForwardTrace trace = forward(network, data);
        int last = network.layers().size() - 1;
        return loss.value(trace.preActivations(last), trace.output(), data.targets(), data.rows(), network.outputCount());
    }

    private static String accuracy(String label, Network network, Dataset data, String rows) {
        ForwardTrace trace = forward(network, data);
        int width = network.outputCount();
        int correct = 0;
        for (int r = 0; r < data.rows(); r++) {
            correct += data.targets()[r * width + PredictedClass.of(trace.output(), r * width, width)] == 1.0 ? 1 : 0;
        }
        return label + " = " + ReadableNumbers.format((double) correct / data.rows()) + " (" + correct + " of "
                + data.rows() + " " + rows + " rows)";
    }

    private static ForwardTrace forward(Network network, Dataset data) {
        ForwardTrace trace = new ForwardTrace(network, data.rows());
        network.forward(data.inputs(), data.rows(), trace);
        return trace;
    }
}
