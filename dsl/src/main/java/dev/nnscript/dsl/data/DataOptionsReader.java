package dev.nnscript.dsl.data;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.Suggestions;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.spec.SettingKeys;
import dev.nnscript.dsl.spec.SettingSpec;
import dev.nnscript.dsl.spec.SettingValue;
import java.util.List;

/** Reads the options of a {@code data} line: {@code label=COLUMN holdout=FRACTION scale=minmax}. */
public final class DataOptionsReader {

    public static final List<String> KEYS = List.of("label", "holdout", "scale");

    private static final SettingKeys CHECK = new SettingKeys(KEYS, "data option",
            "; expected label=, holdout= or scale=", (key, first) -> "data option '" + key + "' is given twice");

    private DataOptionsReader() {}

    public static DataOptions read(List<SettingSpec> options, DiagnosticList diagnostics) {
        Read read = new Read();
        CHECK.check(options, diagnostics, s -> {
            SettingValue v = s.value();
            switch (s.key()) {
                case "label" -> read.label = label(v, diagnostics);
                case "holdout" -> read.holdout = holdout(v, diagnostics);
                default -> read.scale = scale(v, diagnostics);
            }
        });
        return new DataOptions(read.label, read.holdout, read.scale);
    }

    /** The options read so far (null when not given or not valid). */
    private static final class Read {
        String label;
        Double holdout;
        String scale;
    }

    private static String label(SettingValue v, DiagnosticList diagnostics) {
        if (v instanceof SettingValue.WordValue w && w.arguments().isEmpty()) {
            return w.word();
        }
        if (v instanceof SettingValue.StringValue s) {
            return s.string();
        }
        diagnostics.error(v.position(), "label= needs a column name, not '" + v.text() + "'");
        return null;
    }

    private static Double holdout(SettingValue v, DiagnosticList diagnostics) {
        if (v instanceof SettingValue.NumberValue n && n.number().value() >= 0.0 && n.number().value() < 1.0) {
            return n.number().value();
        }
        diagnostics.error(v.position(), "holdout must be a fraction at least 0 and below 1, not '" + v.text() + "'");
        return null;
    }

    private static String scale(SettingValue v, DiagnosticList diagnostics) {
        if (v instanceof SettingValue.WordValue w && w.word().equals("minmax") && w.arguments().isEmpty()) {
            return "minmax";
        }
        diagnostics.error(v.position(), "unknown scale '" + v.text() + "'"
                + Suggestions.didYouMean(v.text(), List.of("minmax")) + "; the only scale is minmax",
                Suggestions.replacement(v.text(), List.of("minmax")));
        return null;
    }
}
