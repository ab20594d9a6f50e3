package dev.nnscript.core.loss;

import dev.nnscript.core.network.Network;
import java.util.List;
import java.util.Optional;

/** Every loss, by the name the {@code .nn} language uses. */
public final class Losses {

    private Losses() {}

    public static final List<String> NAMES = List.of("ssr", "mse", "mae", "cross-entropy",
            "binary-cross-entropy");

    public static final Loss SSR = new SumSquaredResiduals();
    public static final Loss MSE = new MeanSquaredError();
    public static final Loss MAE = new MeanAbsoluteError();
    public static final Loss CROSS_ENTROPY = new CrossEntropy();
    public static final Loss BINARY_CROSS_ENTROPY = new BinaryCrossEntropy();

    /** The loss with this name, or empty. */
    public static Optional<Loss> byName(String name) {
        return Optional.ofNullable(switch (name) {
            case "ssr" -> SSR;
            case "mse" -> MSE;
            case "mae" -> MAE;
            case "cross-entropy" -> CROSS_ENTROPY;
            case "binary-cross-entropy" -> BINARY_CROSS_ENTROPY;
            default -> null;
        });
    }

    /** The language's default: cross-entropy for a softmax output layer, otherwise ssr. */
    public static Loss defaultFor(Network network) {
        return network.outputLayer().isSoftmax() ? CROSS_ENTROPY : SSR;
    }
}
