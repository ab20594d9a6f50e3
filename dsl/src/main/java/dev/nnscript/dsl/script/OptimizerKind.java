package dev.nnscript.dsl.script;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The optimizers a {@code train optimizer=...} setting may name. */
public enum OptimizerKind {
    SGD("sgd"),
    MOMENTUM("momentum"),
    NESTEROV("nesterov"),
    ADAM("adam");

    public static final List<String> NAMES = Arrays.stream(values()).map(OptimizerKind::text).toList();

    private final String text;

    OptimizerKind(String text) {
        this.text = text;
    }

    /** The name as written in a {@code .nn} file. */
    public String text() {
        return text;
    }

    /** True for the optimizers that use the {@code momentum} setting. */
    public boolean usesMomentum() {
        return this == MOMENTUM || this == NESTEROV;
    }

    public static Optional<OptimizerKind> byText(String text) {
        return Arrays.stream(values()).filter(k -> k.text.equals(text)).findFirst();
    }
}
