package dev.nnscript.dsl.builder;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.spec.CellSpec;
import dev.nnscript.dsl.spec.FreezeSpec;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.WrittenNumber;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Turns program values into spec pieces at one source position, in the forms the parser would
 * have produced for the same text, so the shared validator words its messages the same way. The
 * few mistakes only a program can make (a name with a space, a fraction as an output name) are
 * reported here, for the typed builder and the Groovy layer alike.
 */
public final class SpecValues {

    /** What the grammar accepts as a name (keywords other than {@code end} included). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern WHOLE = Pattern.compile("[0-9]+");
    private static final Pattern CELL_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z_][A-Za-z0-9_]*)*");

    private final DiagnosticList diagnostics;

    public SpecValues(DiagnosticList diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** A number with the text a {@code .nn} file would show for it: {@code 16}, {@code 1.70}, {@code 0.1}. */
    public static WrittenNumber number(Number n, SourcePosition at) {
        return new WrittenNumber(n.doubleValue(), numberText(n), at);
    }

    /** {@code 16} for whole kinds and {@code BigDecimal} as written ({@code 1.70}), else Java's double text. */
    public static String numberText(Number n) {
        if (n instanceof BigDecimal || n instanceof BigInteger || n instanceof Long || n instanceof Integer
                || n instanceof Short || n instanceof Byte) {
            return n.toString();
        }
        return Double.toString(n.doubleValue());
    }

    /** An input, data column or output name, checked against the grammar's names. */
    public NameSpec name(String text, SourcePosition at) {
        if (!NAME.matcher(text).matches() || text.equals("end")) {
            diagnostics.error(at, "'" + text + "' is not a name; a name is a letter or '_', then letters, "
                    + "digits or '_'");
        }
        return new NameSpec(text, at);
    }

    /**
     * An output name: a name, or a whole number such as a digit class label.
     *
     * @param fromNumber whether the program gave a number (its {@link #numberText}), which must be whole
     */
    public NameSpec label(String text, boolean fromNumber, SourcePosition at) {
        if (fromNumber || WHOLE.matcher(text).matches()) {
            if (!WHOLE.matcher(text).matches()) {
                diagnostics.error(at, "an output name must be a name or a whole number, not '" + text + "'");
            }
            return new NameSpec(text, at);
        }
        return name(text, at);
    }

    /**
     * One cell of an inline table.
     *
     * @param number whether the program gave a number (its {@link #numberText}); other text must be a class label
     */
    public CellSpec cell(String text, boolean number, SourcePosition at) {
        if (!number && !CELL_WORD.matcher(text).matches()) {
            diagnostics.error(at, "a data cell is a number or a class label such as 'setosa', not '" + text + "'");
        }
        return new CellSpec(text, at);
    }

    /** @param freeze the clause, or null for none */
    public static FreezeSpec freeze(Freeze freeze, SourcePosition at) {
        if (freeze == null) {
            return null;
        }
        return new FreezeSpec(freeze.targets().stream()
                .map(t -> new FreezeSpec.Target(t.what(), t.index() == null ? null : number(t.index(), at), at))
                .toList(), at);
    }
}
