package dev.nnscript.dsl.script;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.network.DenseLayer;
import java.util.List;
import java.util.Set;

/**
 * A layer's initializer as the language names it: {@code he}, {@code xavier}, {@code zeros},
 * {@code uniform(low, high)} or {@code normal(mean, sd)}.
 *
 * @param arguments the numbers in parentheses (two for uniform and normal, none otherwise)
 */
public record InitChoice(Kind kind, List<Double> arguments) {

    /** The initializer families. */
    public enum Kind {
        HE("he", 0), XAVIER("xavier", 0), UNIFORM("uniform", 2), NORMAL("normal", 2), ZEROS("zeros", 0);

        private final String text;
        private final int arity;

        Kind(String text, int arity) {
            this.text = text;
            this.arity = arity;
        }

        public String text() { return text; }

        public int arity() { return arity; }
    }

    public static final List<String> NAMES = List.of("he", "xavier", "uniform", "normal", "zeros");
    public static final InitChoice HE = new InitChoice(Kind.HE, List.of());
    public static final InitChoice XAVIER = new InitChoice(Kind.XAVIER, List.of());

    /** Activations for which He is the default (ReLU-like: unbounded above, about linear for z > 0). */
    private static final Set<String> RELU_LIKE = Set.of("relu", "leaky_relu", "elu", "gelu", "silu", "softplus");

    /** The default for a layer: He when every node is ReLU-like, Xavier otherwise (softmax included). */
    public static InitChoice defaultFor(DenseLayer layer) {
        if (layer.isSoftmax()) {
            return XAVIER;
        }
        for (int o = 0; o < layer.outputs(); o++) {
            if (!isReluLike(layer.activation(o))) {
                return XAVIER;
            }
        }
        return HE;
    }

    public static boolean isReluLike(Activation activation) {
        return RELU_LIKE.contains(activation.name());
    }

    public InitChoice {
        arguments = List.copyOf(arguments);
        if (arguments.size() != kind.arity()) {
            throw new IllegalArgumentException(kind.text() + " takes " + kind.arity() + " numbers, not "
                    + arguments.size());
        }
    }
}
