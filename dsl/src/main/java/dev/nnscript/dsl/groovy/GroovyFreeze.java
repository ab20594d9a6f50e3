package dev.nnscript.dsl.groovy;

import dev.nnscript.dsl.builder.Freeze;
import dev.nnscript.dsl.builder.FreezeTarget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code freeze:} named argument: {@code true} (everything on the line), {@code false} or
 * absent (nothing), or targets as in a {@code .nn} file: {@code w}, {@code b}, {@code w[2]}, or a
 * list of them; as bare words ({@code freeze: [w[1], b]}) or strings ({@code freeze: 'w[1]'}).
 */
final class GroovyFreeze {

    private static final Pattern INDEXED = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\[\\s*([0-9]+)\\s*]\\s*");

    private GroovyFreeze() {}

    /** @param value already unwrapped ({@link GroovyArgs#unwrap}) */
    static Freeze from(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return null;
        }
        if (Boolean.TRUE.equals(value)) {
            return Freeze.ALL;
        }
        List<FreezeTarget> targets = new ArrayList<>();
        if (value instanceof Iterable<?> items) {
            items.forEach(i -> targets.add(target(i)));
        } else {
            targets.add(target(value));
        }
        return new Freeze(targets);
    }

    /** Anything that is no target keeps its text, for the validator's "unknown freeze target". */
    private static FreezeTarget target(Object v) {
        if (v instanceof FreezeTarget t) {
            return t;
        }
        String text = v instanceof Word w ? w.text() : String.valueOf(v);
        Matcher m = INDEXED.matcher(text);
        return m.matches() ? new FreezeTarget(m.group(1), new BigDecimal(m.group(2))) : new FreezeTarget(text.strip(), null);
    }
}
