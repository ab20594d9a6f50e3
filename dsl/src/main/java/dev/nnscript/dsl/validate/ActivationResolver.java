package dev.nnscript.dsl.validate;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.activation.Softmax;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.Suggestions;
import dev.nnscript.dsl.spec.ActivationSpec;
import dev.nnscript.dsl.spec.WrittenNumber;
import java.util.Optional;

/** Checks an activation's name and parameter: {@code relu}, {@code leaky_relu(0.1)}, {@code elu(0.5)}. */
public final class ActivationResolver {

    private ActivationResolver() {}

    public static Optional<ActivationChoice> resolve(ActivationSpec spec, DiagnosticList diagnostics) {
        if (!Activations.NAMES.contains(spec.name())) {
            diagnostics.error(spec.position(), "unknown activation '" + spec.name() + "'"
                    + Suggestions.didYouMean(spec.name(), Activations.NAMES),
                    Suggestions.replacement(spec.name(), Activations.NAMES));
            return Optional.empty();
        }
        WrittenNumber parameter = spec.parameter();
        if (parameter == null) {
            return Optional.of(spec.name().equals(Softmax.NAME) ? ActivationChoice.SOFTMAX
                    : new ActivationChoice(Activations.byName(spec.name()).orElseThrow()));
        }
        if (!WrittenNumberChecks.requireFinite(parameter, diagnostics)) {
            return Optional.empty();
        }
        return withParameter(spec, parameter, diagnostics).map(ActivationChoice::new);
    }

    private static Optional<Activation> withParameter(ActivationSpec spec, WrittenNumber p, DiagnosticList diagnostics) {
        switch (spec.name()) {
            case "leaky_relu":
                return Optional.of(new Activations.LeakyRelu(p.value()));
            case "elu":
                if (p.value() > 0.0) {
                    return Optional.of(new Activations.Elu(p.value()));
                }
                diagnostics.error(p.position(), "the elu alpha must be greater than 0, not " + p.text());
                return Optional.empty();
            default:
                diagnostics.error(p.position(), "activation '" + spec.name() + "' takes no parameter "
                        + "(only leaky_relu(SLOPE) and elu(ALPHA) do)");
                return Optional.empty();
        }
    }
}
