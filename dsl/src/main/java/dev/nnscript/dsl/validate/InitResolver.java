package dev.nnscript.dsl.validate;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.Suggestions;
import dev.nnscript.dsl.script.InitChoice;
import dev.nnscript.dsl.spec.InitSpec;
import dev.nnscript.dsl.spec.WrittenNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks an {@code init=} choice: the name, the count of numbers and their ranges. */
public final class InitResolver {

    /** The bound |MEAN| + 9 SD must stay below, leaving room for the rounding of a draw. */
    private static final double NORMAL_LIMIT = 1.7e308;

    private InitResolver() {}

    public static Optional<InitChoice> resolve(InitSpec spec, DiagnosticList diagnostics) {
        Optional<InitChoice.Kind> kind = java.util.Arrays.stream(InitChoice.Kind.values())
                .filter(k -> k.text().equals(spec.name())).findFirst();
        if (kind.isEmpty()) {
            diagnostics.error(spec.position(), "unknown initializer '" + spec.name() + "'"
                    + Suggestions.didYouMean(spec.name(), InitChoice.NAMES)
                    + "; expected he, xavier, uniform(LOW, HIGH), normal(MEAN, SD) or zeros",
                    Suggestions.replacement(spec.name(), InitChoice.NAMES));
            return Optional.empty();
        }
        InitChoice.Kind k = kind.get();
        if (spec.arguments().size() != k.arity()) {
            diagnostics.error(spec.position(), "initializer '" + k.text() + "' takes "
                    + (k.arity() == 0 ? "no numbers" : "two numbers: " + usage(k)) + ", not "
                    + spec.arguments().size());
            return Optional.empty();
        }
        List<Double> args = new ArrayList<>();
        for (WrittenNumber n : spec.arguments()) {
            if (!WrittenNumberChecks.requireFinite(n, diagnostics)) {
                return Optional.empty();
            }
            args.add(n.value());
        }
        if (k == InitChoice.Kind.UNIFORM && !(args.get(0) < args.get(1))) {
            diagnostics.error(spec.position(), "uniform(LOW, HIGH) needs LOW < HIGH, not "
                    + spec.arguments().get(0).text() + ", " + spec.arguments().get(1).text());
            return Optional.empty();
        }
        if (k == InitChoice.Kind.NORMAL && args.get(1) < 0.0) {
            diagnostics.error(spec.arguments().get(1).position(), "the standard deviation of normal(MEAN, SD) "
                    + "cannot be negative, not " + spec.arguments().get(1).text());
            return Optional.empty();
        }
        if (k == InitChoice.Kind.UNIFORM && !Double.isFinite(args.get(1) - args.get(0))) {
            diagnostics.error(spec.position(), "uniform(LOW, HIGH) spans more than a double holds (HIGH - LOW "
                    + "overflows), not " + numbers(spec) + "; use a narrower range");
            return Optional.empty();
        }
        // A standard normal draw is at most about 8.6 in size (Box-Muller from 53-bit uniforms).
        if (k == InitChoice.Kind.NORMAL && !(Math.abs(args.get(0)) + 9 * args.get(1) < NORMAL_LIMIT)) {
            diagnostics.error(spec.position(), "normal(MEAN, SD) draws numbers too large for a double, not "
                    + numbers(spec) + "; keep |MEAN| + 9 SD below 1.7e308");
            return Optional.empty();
        }
        return Optional.of(new InitChoice(k, args));
    }

    private static String numbers(InitSpec spec) {
        return spec.arguments().get(0).text() + ", " + spec.arguments().get(1).text();
    }

    private static String usage(InitChoice.Kind k) {
        return k == InitChoice.Kind.UNIFORM ? "uniform(LOW, HIGH)" : "normal(MEAN, SD)";
    }
}
