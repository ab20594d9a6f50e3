package dev.nnscript.dsl.builder;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.activation.Softmax;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.spec.ActivationSpec;
import java.util.Objects;

/**
 * The activation of a hidden or output line: one of core's element-wise {@link Activation}s
 * ({@code NodeActivation.of(Activations.RELU)}, {@code NodeActivation.of(new Activations.LeakyRelu(0.1))})
 * or the whole-layer {@link #SOFTMAX}, allowed on an output layer only.
 */
public final class NodeActivation {

    /** {@code softmax}: the whole output layer's probabilities. */
    public static final NodeActivation SOFTMAX = new NodeActivation(Softmax.NAME, null);

    private final String name;
    /** The number in parentheses ({@code leaky_relu(0.1)}), or null. */
    private final Double parameter;

    private NodeActivation(String name, Double parameter) {
        this.name = name;
        this.parameter = parameter;
    }

    /**
     * Core's activation as a {@code .nn} line names it. ReLU's derivative at 0 is a training
     * setting ({@code relu_at_zero} in {@link dev.nnscript.dsl.script.TrainingSettings}), not part
     * of a line.
     *
     * @throws IllegalArgumentException for a ReLU whose derivative at 0 is not the default 0
     */
    public static NodeActivation of(Activation activation) {
        Objects.requireNonNull(activation, "activation");
        if (activation instanceof Activations.Relu relu && relu.derivativeAtZero() != 0.0) {
            throw new IllegalArgumentException("ReLU's derivative at 0 is a training setting (reluAtZero), "
                    + "not part of a hidden or output line");
        }
        if (activation instanceof Activations.LeakyRelu leaky) {
            return new NodeActivation(leaky.name(), leaky.slope());
        }
        if (activation instanceof Activations.Elu elu) {
            return new NodeActivation(elu.name(), elu.alpha());
        }
        return new NodeActivation(activation.name(), null);
    }

    /** The name as a {@code .nn} file writes it: {@code relu}, {@code softmax}. */
    public String name() {
        return name;
    }

    ActivationSpec spec(SourcePosition at) {
        return new ActivationSpec(name, parameter == null ? null : SpecValues.number(parameter, at), at);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeActivation a && name.equals(a.name) && Objects.equals(parameter, a.parameter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, parameter);
    }

    /** As a {@code .nn} file writes it: {@code relu}, {@code leaky_relu(0.1)}. */
    @Override
    public String toString() {
        return parameter == null ? name : name + "(" + parameter + ")";
    }
}
