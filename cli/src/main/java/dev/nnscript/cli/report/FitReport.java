package dev.nnscript.cli.report;

import dev.nnscript.dsl.print.ReadableNumbers;
import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.loss.Reduction;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.Evaluation;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines {@code report loss} and {@code report accuracy} print: one for the training rows, one
 * more for the held-out rows when there are any. Numbers are readable (four significant digits):
 * <pre>
 *   loss = 0.5917 (cross-entropy, mean over 3 rows; total 1.775)
 *   loss = 0.0001 (ssr, sum over 3 training rows)
 *   held-out loss = 0.0803 (cross-entropy, mean over 30 held-out rows; total 2.409)
 *   accuracy = 0.975 (117 of 120 training rows)
 *   held-out accuracy = 0.9667 (29 of 30 held-out rows)
 * </pre>
 * A mean loss is the one training minimises; its total is the mean times the terms it averages
 * (StatQuest quotes totals).
 */
public final class FitReport {

    private FitReport() {}

    public static List<String> loss(Network network, Loss loss, MeasuredRows rows) {
        List<String> lines = new ArrayList<>(2);
        lines.add(lossLine("loss", network, loss, rows.training(), rows.trainingKind()));
        rows.heldOutRows().ifPresent(held -> lines.add(heldOutLoss(network, loss, held)));
        return lines;
    }

    public static List<String> accuracy(Network network, MeasuredRows rows) {
        if (!network.outputLayer().isSoftmax()) {
            return List.of("accuracy: needs a softmax output layer (one output per class)");
        }
        List<String> lines = new ArrayList<>(2);
        lines.add(accuracyLine("accuracy", network, rows.training(), rows.trainingKind()));
        rows.heldOutRows().ifPresent(held -> lines.add(heldOutAccuracy(network, held)));
        return lines;
    }

    public static String heldOutLoss(Network network, Loss loss, Dataset heldOut) {
        return lossLine("held-out loss", network, loss, heldOut, "held-out");
    }

    public static String heldOutAccuracy(Network network, Dataset heldOut) {
        return accuracyLine("held-out accuracy", network, heldOut, "held-out");
    }

    private static String lossLine(String name, Network network, Loss loss, Dataset data, String kind) {
        double value = Evaluation.loss(network, data, loss);
        Reduction reduction = loss.reduction();
        long terms = reduction.terms(data.rows(), data.outputCount());
        String rows = rows(data.rows(), kind);
        String over = switch (reduction) {
            case SUM -> "sum over " + rows;
            case MEAN_OVER_ROWS -> "mean over " + rows;
            case MEAN_OVER_VALUES -> data.outputCount() == 1 ? "mean over " + rows
                    : "mean over " + terms + " values (" + rows + " x " + data.outputCount() + " outputs)";
        };
        String total = reduction == Reduction.SUM ? "" : "; total " + ReadableNumbers.format(value * terms);
        return name + " = " + ReadableNumbers.format(value) + " (" + loss.name() + ", " + over + total + ")";
    }

    private static String accuracyLine(String name, Network network, Dataset data, String kind) {
        int correct = Evaluation.correct(network, data);
        return name + " = " + ReadableNumbers.format((double) correct / data.rows()) + " (" + correct + " of "
                + rows(data.rows(), kind) + ")";
    }

    /** "3 rows", "1 training row", "30 held-out rows". */
    private static String rows(int count, String kind) {
        return count + (kind.isEmpty() ? "" : " " + kind) + (count == 1 ? " row" : " rows");
    }
}
