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
     * a[k] = f(z[k]) for k < n; z and a may be the same array. The common kinds override it with a
     * loop over their own static formula, so each loop is monomorphic and the JIT (the client
     * compiler too, which never inlines an interface call) compiles it to straight-line arithmetic,
     * and only the kinds a network uses are ever compiled. Every override gives the bits of
     * {@link #value}.
     */
    default void values(double[] z, double[] a, int n) {
        for (int k = 0; k < n; k++) {
            a[k] = value(z[k]);
        }
    }

    /**
     * delta[k] *= f'(z[k]) for k < n, given a = f(z): turns dL/da into dL/dz in place. Overridden
     * as {@link #values} is, with the bits of {@link #derivative}.
     */
    default void backward(double[] z, double[] a, double[] delta, int n) {
        for (int k = 0; k < n; k++) {
            delta[k] *= derivative(z[k], a[k]);
        }
    }

    /**
     * True when f is not differentiable at z. Three kinds override this, each at z = 0: ReLU; leaky
     * ReLU unless its slope is 1; ELU unless its alpha is 1. The gradient checker reports
     * parameters that sit on a bend instead of calling their gradients wrong.
     */
    default boolean isBend(double z) {
        return false;
    }
}
