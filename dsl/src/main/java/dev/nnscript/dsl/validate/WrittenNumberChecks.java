package dev.nnscript.dsl.validate;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.spec.WrittenNumber;
import java.util.OptionalLong;

/** Checks shared by every number a script writes. */
public final class WrittenNumberChecks {

    private WrittenNumberChecks() {}

    /** Reports NaN, infinities and overflow ({@code 1e999}); true when the number is finite. */
    public static boolean requireFinite(WrittenNumber n, DiagnosticList diagnostics) {
        if (Double.isFinite(n.value())) {
            return true;
        }
        if (Double.isInfinite(n.value()) && n.text().matches("[+-]?[0-9.].*")) {
            diagnostics.error(n.position(), "number '" + n.text() + "' is too large for a double");
        } else {
            diagnostics.error(n.position(), "'" + n.text() + "' is not a finite number");
        }
        return false;
    }

    /**
     * A whole number written as digits, within [min, max]; reports and returns empty otherwise. Long
     * arithmetic, so sizes like 100000000000 are caught before anything is allocated.
     */
    public static OptionalLong requireWhole(WrittenNumber n, long min, long max, String what, DiagnosticList diagnostics) {
        if (!requireFinite(n, diagnostics)) {
            return OptionalLong.empty();
        }
        if (!n.isPlainInteger()) {
            diagnostics.error(n.position(), what + " must be a whole number, not '" + n.text() + "'");
            return OptionalLong.empty();
        }
        long value;
        try {
            value = Long.parseLong(n.text().startsWith("+") ? n.text().substring(1) : n.text());
        } catch (NumberFormatException tooLong) {
            value = n.text().startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        if (value < min) {
            diagnostics.error(n.position(), what + " must be at least " + min + ", not " + n.text());
            return OptionalLong.empty();
        }
        if (value > max) {
            diagnostics.error(n.position(), what + " " + n.text() + " is too large (at most " + max + ")");
            return OptionalLong.empty();
        }
        return OptionalLong.of(value);
    }
}
