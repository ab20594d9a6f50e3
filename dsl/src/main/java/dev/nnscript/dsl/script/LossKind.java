package dev.nnscript.dsl.script;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The losses a {@code train loss=...} setting may name. */
public enum LossKind {
    SSR("ssr"),
    MSE("mse"),
    MAE("mae"),
    CROSS_ENTROPY("cross-entropy"),
    BINARY_CROSS_ENTROPY("binary-cross-entropy");

    public static final List<String> NAMES = Arrays.stream(values()).map(LossKind::text).toList();

    private final String text;

    LossKind(String text) {
        this.text = text;
    }

    /** The name as written in a {@code .nn} file. */
    public String text() {
        return text;
    }

    public static Optional<LossKind> byText(String text) {
        return Arrays.stream(values()).filter(k -> k.text.equals(text)).findFirst();
    }
}
