package dev.nnscript.core.gradient;

import java.util.List;

/** Every parameter's check, layer by layer, weights before biases. */
public record GradientCheckReport(List<ParameterCheck> parameters) {

    public GradientCheckReport {
        parameters = List.copyOf(parameters);
    }

    public List<ParameterCheck> withStatus(ParameterCheck.Status status) {
        return parameters.stream().filter(p -> p.status() == status).toList();
    }

    /** True when no parameter is a {@link ParameterCheck.Status#MISMATCH}. */
    public boolean passed() {
        return withStatus(ParameterCheck.Status.MISMATCH).isEmpty();
    }
}
