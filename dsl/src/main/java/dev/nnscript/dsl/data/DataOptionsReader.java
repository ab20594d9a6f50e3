package dev.nnscript.dsl.data;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.diagnostic.Suggestions;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.spec.SettingSpec;
import dev.nnscript.dsl.spec.SettingValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the options of a {@code data} line: {@code label=COLUMN holdout=FRACTION scale=minmax}. */
public final class DataOptionsReader {

    public static final List<String> KEYS = List.of("label", "holdout", "scale");

    private DataOptionsReader() {}

    public static DataOptions read(List<SettingSpec> options, DiagnosticList diagnostics) {
        String label = null;
        Double holdout = null;
        String scale = null;
        Map<String, SourcePosition> seen = new HashMap<>();
        for (SettingSpec s : options) {
            if (!KEYS.contains(s.key())) {
                diagnostics.error(s.position(), "unknown data option '" + s.key() + "'"
                        + Suggestions.didYouMean(s.key(), KEYS) + "; expected label=, holdout= or scale=");
                continue;
            }
            if (seen.putIfAbsent(s.key(), s.position()) != null) {
                diagnostics.error(s.position(), "data option '" + s.key() + "' is given twice");
                continue;
            }
            SettingValue v = s.value();
            switch (s.key()) {
                case "label" -> label = label(v, diagnostics);
                case "holdout" -> holdout = holdout(v, diagnostics);
                default -> scale = scale(v, diagnostics);
            }
        }
        return new DataOptions(label, holdout, scale);
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
                + Suggestions.didYouMean(v.text(), List.of("minmax")) + "; the only scale is minmax");
        return null;
    }
}
