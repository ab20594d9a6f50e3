package dev.nnscript.core.activation;

/**
 * An element-wise activation function a = f(z), with its local derivative beside it.
 *
 * <p>Implementations are immutable values; {@link Activations} holds every one the language knows,
 * each with its formula and derivative side by side. Softmax is the one whole-layer activation and
 * is not an {@code Activation}: see {@link Softmax}.
 */
public interface Activation {

    /** The name as written in a {@code .nn} file, such as {@code relu} or {@code leaky_relu}. */
    String name();

    /** f(z). */
    double value(double z);

    /**
     * f'(z), given {@code a = value(z)} so that activations such as sigmoid and tanh can reuse it.
     * At a bend (see {@link #isBend}) this returns the configured one-sided choice.
     */
    double derivative(double z, double a);

    /**
     * True when f is not differentiable at z (ReLU and leaky ReLU at 0). The gradient checker
     * reports parameters that sit on a bend instead of calling their gradients wrong.
     */
    default boolean isBend(double z) {
        return false;
    }
}
