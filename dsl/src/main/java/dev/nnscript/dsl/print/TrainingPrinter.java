package dev.nnscript.dsl.print;

import dev.nnscript.dsl.script.TrainingSettings;

/** Writes the settings a script gave as one {@code train} line, keys in the reference's order. */
final class TrainingPrinter {

    private TrainingPrinter() {}

    /** @return the line without its line end, or null when no setting was given */
    static String line(TrainingSettings t) {
        if (t.isEmpty()) {
            return null;
        }
        StringBuilder line = new StringBuilder("train");
        add(line, "loss", t.loss() == null ? null : t.loss().text());
        add(line, "optimizer", t.optimizer() == null ? null : t.optimizer().text());
        add(line, "lr", number(t.learningRate()));
        add(line, "momentum", number(t.momentum()));
        add(line, "batch", t.batchSize() == null ? null
                : t.batchSize() == TrainingSettings.FULL_BATCH ? "full" : t.batchSize().toString());
        add(line, "epochs", t.epochs());
        add(line, "steps", t.steps());
        add(line, "min_step", number(t.minStep()));
        add(line, "target_loss", number(t.targetLoss()));
        add(line, "seed", t.seed());
        add(line, "relu_at_zero", t.reluAtZero());
        add(line, "shuffle", t.shuffle());
        return line.toString();
    }

    private static String number(Double value) {
        return value == null ? null : ScriptNumberFormat.format(value);
    }

    private static void add(StringBuilder line, String key, Object value) {
        if (value != null) {
            line.append(' ').append(key).append('=').append(value);
        }
    }
}
