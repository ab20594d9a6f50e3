package dev.nnscript.onnx.write;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.onnx.format.Precision;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves {@link Precision#AUTO}: onnxruntime 1.23's CPU provider runs Gemm, Relu, Sigmoid, Tanh,
 * Split, Concat, Softmax and the operators of nnscript's double functions on doubles (softplus,
 * leaky ReLU, ELU and SiLU are written as those in float64), but it has no double kernel for Erf,
 * so none for Gelu (checked by {@code OnnxRuntimeKernelsTest}). A network using GELU is written
 * with FLOAT tensors unless FLOAT64 is asked for.
 */
final class PrecisionChoice {

    /** The activations whose ONNX form onnxruntime cannot run on doubles. */
    static final Set<String> FLOAT_ONLY = Set.of("gelu");

    private PrecisionChoice() {}

    static Precision resolve(Precision asked, Network network) {
        if (asked != Precision.AUTO) {
            return asked;
        }
        return floatOnlyUse(network).isPresent() ? Precision.FLOAT32 : Precision.FLOAT64;
    }

    /** "gelu (layer 2)" for the first activation with no double kernel, if any. */
    static Optional<String> floatOnlyUse(Network network) {
        List<DenseLayer> layers = network.layers();
        for (int l = 0; l < layers.size(); l++) {
            DenseLayer layer = layers.get(l);
            for (int o = 0; !layer.isSoftmax() && o < layer.outputs(); o++) {
                Activation a = layer.activation(o);
                if (FLOAT_ONLY.contains(a.name())) {
                    return Optional.of(a.name() + " (layer " + (l + 1) + ")");
                }
            }
        }
        return Optional.empty();
    }
}
