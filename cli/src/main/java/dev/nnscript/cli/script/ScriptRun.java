package dev.nnscript.cli.script;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.cli.predict.OutputFormat;
import dev.nnscript.cli.predict.Predictions;
import dev.nnscript.cli.report.FitReport;
import dev.nnscript.cli.report.MeasuredRows;
import dev.nnscript.cli.train.CompilerChoice;
import dev.nnscript.cli.train.TrainingFlags;
import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.data.DataResult;
import dev.nnscript.dsl.diagnostic.PrintableText;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.dsl.script.ReportKind;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.script.TrainingConfigs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code nnrun FILE} without inputs: runs the script. Trains when {@link RunRule} says so (unknown
 * parameters, data and a {@code train} line; on the training rows, {@code holdout=} rows are only
 * measured), then prints what its {@code predict} and {@code report} lines ask for, in order.
 * Otherwise the reports are about the network as written, measured on the script's data.
 */
public final class ScriptRun {

    private final PrintWriter out;
    private final PrintWriter err;

    public ScriptRun(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Empty when this JVM is to run {@code script}; else the exit code of the JVM with the optimizing
     * compiler that ran it instead, because it trains a large network ({@link ScriptTraining#trainedElsewhere}).
     */
    public static OptionalInt trainedElsewhere(Script script, Path file, PrintWriter err) {
        return RunRule.trains(script) ? new ScriptTraining(err).trainedElsewhere(script, file, new TrainingFlags())
                : OptionalInt.empty();
    }

    /**
     * {@code nnrun FILE} with no option: runs {@code script} in this JVM, or in one with the
     * optimizing compiler when it trains a large network ({@link #trainedElsewhere}), which shows
     * the script's warnings itself; here they are written first.
     *
     * @param warnings the script's warnings as the loader wrote them (may be empty)
     */
    public static int runFile(Script script, Path file, String warnings, PrintWriter out, PrintWriter err) {
        CompilerChoice.takeForwardedPresses();
        OptionalInt elsewhere = trainedElsewhere(script, file, err);
        if (elsewhere.isPresent()) {
            return elsewhere.getAsInt();
        }
        err.print(warnings);
        err.flush();
        return new ScriptRun(out, err).run(script, file);
    }

    public int run(Script script, Path file) {
        ScriptTraining.Trained trained = null;
        if (RunRule.trains(script)) {
            trained = new ScriptTraining(err).train(script, file, new TrainingFlags());
        } else {
            RunRule.runsAsWrittenNote(script, file).ifPresent(err::println);
        }
        Network network = trained == null ? script.network() : trained.script().network();
        List<double[]> rows = script.predictions().stream()
                .map(row -> row.stream().mapToDouble(Double::doubleValue).toArray()).toList();
        boolean computes = !rows.isEmpty() || !script.reports().isEmpty();
        if (trained == null && computes) {
            RunRule.untrainedWarning(script, file).ifPresent(err::println);
        }
        err.flush();
        if (!rows.isEmpty()) {
            new Predictions(network, out).write(rows, OutputFormat.human);
        }
        if (!script.reports().isEmpty()) {
            report(script, file, trained, network);
        }
        if (!computes && trained == null && !RunRule.hasTrainingLines(script)) {
            err.println(PrintableText.of(file.toString()) + ": nothing to run (no data and train lines, no predict or report lines);"
                    + " try --input VALUES or nnrun check");
        }
        out.flush();
        return trained == null ? ExitCodes.OK : ExitCodes.afterTraining(trained.result().reason());
    }

    private void report(Script script, Path file, ScriptTraining.Trained trained, Network network) {
        Loss loss = trained != null ? trained.config().loss() : TrainingConfigs.of(script.training(), network).loss();
        MeasuredRows measured = trained != null ? new MeasuredRows(trained.data(), trained.heldOut(), true)
                : needsData(script) ? untrainedRows(script, file) : null;
        for (ReportKind report : script.reports()) {
            List<String> lines = switch (report) {
                case PARAMETERS -> List.of(ScriptPrinter.print(network).stripTrailing());
                case LOSS -> measured == null ? List.of("loss: the script has no data to measure it on")
                        : FitReport.loss(network, loss, measured);
                case ACCURACY -> measured == null ? List.of("accuracy: the script has no data to measure it on")
                        : FitReport.accuracy(network, measured);
            };
            lines.forEach(out::println);
        }
    }

    private static boolean needsData(Script script) {
        return script.data() != null && script.reports().stream().anyMatch(r -> r != ReportKind.PARAMETERS);
    }

    /** The data of a script that does not train, split by its seed as training would split it. */
    private MeasuredRows untrainedRows(Script script, Path file) {
        DataResult data = new ScriptTraining(err).load(script, file, script.training().seedOrDefault());
        return new MeasuredRows(data.dataset(), data.heldOut(), false);
    }
}
