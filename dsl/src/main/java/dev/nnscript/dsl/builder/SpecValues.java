package dev.nnscript.dsl.builder;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.spec.ActivationSpec;
import dev.nnscript.dsl.spec.CellSpec;
import dev.nnscript.dsl.spec.FreezeSpec;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.NonFiniteWords;
import dev.nnscript.dsl.spec.WrittenNumber;
import dev.nnscript.dsl.spec.ParameterSpec;
import dev.nnscript.dsl.spec.SettingSpec;
import dev.nnscript.dsl.spec.SettingValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns Java values into spec pieces at one source position, in the forms the parser would have
 * produced for the same text, so the shared validator words its messages the same way. The few
 * mistakes only a program can make (a name with a space, a list where a word belongs) are
 * reported here.
 */
final class SpecValues {

    /** What the grammar accepts as a name (keywords other than {@code end} included). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern WHOLE = Pattern.compile("[0-9]+");
    private static final Pattern CELL_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z_][A-Za-z0-9_]*)*");

    private final DiagnosticList diagnostics;

    SpecValues(DiagnosticList diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** A number with the text a {@code .nn} file would show for it: {@code 16}, {@code 1.70}, {@code 0.1}. */
    static WrittenNumber number(Number n, SourcePosition at) {
        return new WrittenNumber(n.doubleValue(), numberText(n), at);
    }

    private static String numberText(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return Double.toString(n.doubleValue());
        }
        if (n instanceof BigDecimal || n instanceof BigInteger || n instanceof Long || n instanceof Integer
                || n instanceof Short || n instanceof Byte) {
            return n.toString();
        }
        return Double.toString(n.doubleValue());
    }

    static boolean isUnknown(Object v) {
        return v == Unknown.UNKNOWN || Unknown.TEXT.equals(textOrNull(v));
    }

    /** A {@code key=value} pair; the value in the form the parser gives the same text. */
    SettingSpec setting(String key, Object v, SourcePosition at) {
        return new SettingSpec(key, value(v, at), at);
    }

    List<SettingSpec> settings(Map<String, ?> settings, SourcePosition at) {
        List<SettingSpec> out = new ArrayList<>(settings.size());
        settings.forEach((key, v) -> out.add(setting(key, v, at)));
        return out;
    }

    private SettingValue value(Object v, SourcePosition at) {
        if (v instanceof Number n) {
            return new SettingValue.NumberValue(number(n, at));
        }
        if (isUnknown(v)) {
            return new SettingValue.UnknownValue(at);
        }
        if (v instanceof Word w) {
            return new SettingValue.WordValue(w.text(), w.arguments().stream().map(a -> number(a, at)).toList(), at);
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
            return ParameterSpec.known(number(n, at));
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
            return new ActivationSpec(w.text(), w.arguments().isEmpty() ? null : number(w.arguments().get(0), at), at);
        }
        return new ActivationSpec(String.valueOf(v), null, at);
    }

    NameSpec name(Object v, SourcePosition at) {
        String text = String.valueOf(v instanceof Word w ? w.text() : v);
        if (!NAME.matcher(text).matches() || text.equals("end")) {
            diagnostics.error(at, "'" + text + "' is not a name; a name is a letter or '_', then letters, "
                    + "digits or '_'");
        }
        return new NameSpec(text, at);
    }

    /** An output name: a name, or a whole number such as a digit class label. */
    NameSpec label(Object v, SourcePosition at) {
        String text = v instanceof Number n ? numberText(n) : String.valueOf(v instanceof Word w ? w.text() : v);
        if (v instanceof Number || WHOLE.matcher(text).matches()) {
            if (!WHOLE.matcher(text).matches()) {
                diagnostics.error(at, "an output name must be a name or a whole number, not '" + text + "'");
            }
            return new NameSpec(text, at);
        }
        return name(text, at);
    }

    CellSpec cell(Object v, SourcePosition at) {
        if (v instanceof Number n) {
            return new CellSpec(numberText(n), at);
        }
        String text = String.valueOf(v instanceof Word w ? w.text() : v);
        if (!CELL_WORD.matcher(text).matches()) {
            diagnostics.error(at, "a data cell is a number or a class label such as 'setosa', not '" + text + "'");
        }
        return new CellSpec(text, at);
    }

    static FreezeSpec freeze(Freeze freeze, SourcePosition at) {
        if (freeze == null) {
            return null;
        }
        return new FreezeSpec(freeze.targets().stream()
                .map(t -> new FreezeSpec.Target(t.what(), t.index() == null ? null : number(t.index(), at), at))
                .toList(), at);
    }

    /** A Java array ({@code double[]}, {@code Object[]}) as a list of its elements. */
    private static List<Object> arrayAsList(Object array) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < java.lang.reflect.Array.getLength(array); i++) {
            out.add(java.lang.reflect.Array.get(array, i));
        }
        return out;
    }

    private static String textOrNull(Object v) {
        return v instanceof CharSequence s ? s.toString() : null;
    }
}
