package dev.nnscript.dsl.parser;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.spec.InitSpec;
import dev.nnscript.dsl.spec.NonFiniteWords;
import dev.nnscript.dsl.spec.WrittenNumber;
import dev.nnscript.dsl.spec.ParameterSpec;
import dev.nnscript.dsl.spec.SettingKeys;
import dev.nnscript.dsl.spec.SettingSpec;
import dev.nnscript.dsl.spec.SettingValue;
import dev.nnscript.dsl.spec.WeightsSpec;
import java.util.List;

/**
 * The {@code w=}, {@code b=} and {@code init=} settings of a hidden or output line, sorted out:
 * unknown keys, keys given twice and values of the wrong form are reported here. Missing parts
 * are null; the caller decides whether the line is a node (needs w and b) or a whole layer.
 */
final class NodeParameters {

    static final List<String> KEYS = List.of("w", "b", "init");

    private static final SettingKeys CHECK = new SettingKeys(KEYS, "parameter",
            "; a node line takes w=, b= and freeze",
            (key, first) -> "'" + key + "=' is given twice (first at column " + first.column() + ")");

    private WeightsSpec weights;
    private ParameterSpec bias;
    private InitSpec init;
    private SourcePosition initPosition;

    private NodeParameters() {}

    static NodeParameters read(List<SettingSpec> settings, DiagnosticList diagnostics) {
        NodeParameters p = new NodeParameters();
        CHECK.check(settings, diagnostics, s -> {
            switch (s.key()) {
                case "w" -> p.weights = weights(s, diagnostics);
                case "b" -> p.bias = bias(s, diagnostics);
                default -> {
                    p.init = init(s, diagnostics);
                    p.initPosition = s.position();
                }
            }
        });
        return p;
    }

    WeightsSpec weights() { return weights; }

    ParameterSpec bias() { return bias; }

    InitSpec init() { return init; }

    SourcePosition initPosition() { return initPosition; }

    boolean hasNodeValues() {
        return weights != null || bias != null;
    }

    private static WeightsSpec weights(SettingSpec s, DiagnosticList diagnostics) {
        SettingValue v = s.value();
        if (v instanceof SettingValue.ListValue list) {
            return new WeightsSpec(WeightsSpec.Form.LIST, list.entries(), s.position());
        }
        if (v instanceof SettingValue.UnknownValue) {
            return WeightsSpec.allUnknown(s.position());
        }
        ParameterSpec single = scalar(s, diagnostics, "a number, a list [...] or '?'");
        return single == null ? WeightsSpec.allUnknown(s.position())
                : new WeightsSpec(WeightsSpec.Form.SINGLE, List.of(single), s.position());
    }

    private static ParameterSpec bias(SettingSpec s, DiagnosticList diagnostics) {
        if (s.value() instanceof SettingValue.UnknownValue u) {
            return ParameterSpec.unknown(u.position());
        }
        ParameterSpec value = scalar(s, diagnostics, "a number or '?'");
        return value == null ? ParameterSpec.unknown(s.value().position()) : value;
    }

    /** A single known number (NaN and inf included, for the validator to report), or null after an error. */
    private static ParameterSpec scalar(SettingSpec s, DiagnosticList diagnostics, String expected) {
        SettingValue v = s.value();
        if (v instanceof SettingValue.NumberValue n) {
            return ParameterSpec.known(n.number());
        }
        if (v instanceof SettingValue.WordValue word && word.arguments().isEmpty()) {
            var nonFinite = NonFiniteWords.value(word.word());
            if (nonFinite.isPresent()) {
                return ParameterSpec.known(new WrittenNumber(nonFinite.get(), word.word(), word.position()));
            }
        }
        diagnostics.error(v.position(), "expected " + expected + " after '" + s.key() + "=' but found '"
                + v.text() + "'");
        return null;
    }

    private static InitSpec init(SettingSpec s, DiagnosticList diagnostics) {
        if (s.value() instanceof SettingValue.WordValue word) {
            return new InitSpec(word.word(), word.arguments(), word.position());
        }
        diagnostics.error(s.value().position(), "expected an initializer after 'init=' (he, xavier, "
                + "uniform(LOW, HIGH), normal(MEAN, SD) or zeros) but found '" + s.value().text() + "'");
        return null;
    }
}
