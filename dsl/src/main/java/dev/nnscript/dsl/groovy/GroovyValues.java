package dev.nnscript.dsl.groovy;

import dev.nnscript.dsl.builder.SpecValues;
import dev.nnscript.dsl.builder.Unknown;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.spec.ActivationSpec;
import dev.nnscript.dsl.spec.CellSpec;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.NonFiniteWords;
import dev.nnscript.dsl.spec.ParameterSpec;
import dev.nnscript.dsl.spec.SettingSpec;
import dev.nnscript.dsl.spec.SettingValue;
import dev.nnscript.dsl.spec.WrittenNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Groovy's loose values ({@link GroovyArgs#unwrap unwrapped}: numbers of any kind, strings,
 * {@link Word}s, {@link Unknown}, lists and arrays) as the spec pieces the parser makes of the same
 * text: named arguments become {@code key=value} settings in the order written, whatever their
 * keys, so an unknown key or a value of the wrong form is reported by the parser's own checks.
 */
final class GroovyValues {

    private final DiagnosticList diagnostics;
    private final SpecValues values;

    GroovyValues(DiagnosticList diagnostics) {
        this.diagnostics = diagnostics;
        this.values = new SpecValues(diagnostics);
    }

    static boolean isUnknown(Object v) {
        return v == Unknown.UNKNOWN || v instanceof CharSequence s && Unknown.TEXT.equals(s.toString());
    }

    List<SettingSpec> settings(Map<String, ?> settings, SourcePosition at) {
        List<SettingSpec> out = new ArrayList<>(settings.size());
        settings.forEach((key, v) -> out.add(new SettingSpec(key, value(v, at), at)));
        return out;
    }

    private SettingValue value(Object v, SourcePosition at) {
        if (v instanceof Number n) {
            return new SettingValue.NumberValue(SpecValues.number(n, at));
        }
        if (isUnknown(v)) {
            return new SettingValue.UnknownValue(at);
        }
        if (v instanceof Word w) {
            return new SettingValue.WordValue(w.text(), numbers(w.arguments(), at), at);
        }
        if (v != null && v.getClass().isArray()) {
            return value(arrayAsList(v), at);
        }
        if (v instanceof Iterable<?> list) {
            List<ParameterSpec> entries = new ArrayList<>();
            list.forEach(e -> entries.add(entry(e, at)));
            return new SettingValue.ListValue(entries, at);
        }
        return new SettingValue.WordValue(String.valueOf(v), List.of(), at);
    }

    /** One entry of a weight list: a number or {@code ?}, else reported in the parser's words. */
    private ParameterSpec entry(Object v, SourcePosition at) {
        if (v instanceof Number n) {
            return ParameterSpec.known(SpecValues.number(n, at));
        }
        if (isUnknown(v)) {
            return ParameterSpec.unknown(at);
        }
        String word = String.valueOf(v);
        return NonFiniteWords.value(word).map(d -> ParameterSpec.known(new WrittenNumber(d, word, at)))
                .orElseGet(() -> {
                    diagnostics.error(at, "expected a number or '?' but found '" + word + "'");
                    return ParameterSpec.unknown(at);
                });
    }

    ActivationSpec activation(Object v, SourcePosition at) {
        if (v instanceof Word w) {
            if (w.arguments().size() > 1) {
                diagnostics.error(at, "activation '" + w.text() + "' takes at most one number in parentheses");
            }
            return new ActivationSpec(w.text(), w.arguments().isEmpty() ? null
                    : SpecValues.number(w.arguments().get(0), at), at);
        }
        return new ActivationSpec(String.valueOf(v), null, at);
    }

    List<NameSpec> names(List<?> names, SourcePosition at) {
        return names.stream().map(n -> values.name(text(n), at)).toList();
    }

    /** Output names: names, or whole numbers such as digit class labels ({@code output 0..9, softmax}). */
    List<NameSpec> labels(List<?> names, SourcePosition at) {
        return names.stream().map(n -> n instanceof Number number
                ? values.label(SpecValues.numberText(number), true, at)
                : values.label(text(n), false, at)).toList();
    }

    CellSpec cell(Object v, SourcePosition at) {
        return v instanceof Number n ? values.cell(SpecValues.numberText(n), true, at)
                : values.cell(text(v), false, at);
    }

    private static String text(Object v) {
        return String.valueOf(v instanceof Word w ? w.text() : v);
    }

    private static List<WrittenNumber> numbers(List<Number> numbers, SourcePosition at) {
        return numbers.stream().map(a -> SpecValues.number(a, at)).toList();
    }

    /** A Java array ({@code double[]}, {@code Object[]}) as a list of its elements. */
    private static List<Object> arrayAsList(Object array) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < java.lang.reflect.Array.getLength(array); i++) {
            out.add(java.lang.reflect.Array.get(array, i));
        }
        return out;
    }
}
