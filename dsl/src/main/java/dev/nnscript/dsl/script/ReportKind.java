package dev.nnscript.dsl.script;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a {@code report} line asks for after training. */
public enum ReportKind {
    LOSS("loss"),
    ACCURACY("accuracy"),
    PARAMETERS("parameters");

    public static final List<String> NAMES = Arrays.stream(values()).map(ReportKind::text).toList();

    private final String text;

    ReportKind(String text) {
        this.text = text;
    }

    /** The word as written in a {@code .nn} file. */
    public String text() {
        return text;
    }

    public static Optional<ReportKind> byText(String text) {
        return Arrays.stream(values()).filter(k -> k.text.equals(text)).findFirst();
    }
}
