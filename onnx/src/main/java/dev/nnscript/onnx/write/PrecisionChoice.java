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
 * Mul, Split, Concat and Softmax on doubles, but has only float kernels for LeakyRelu, Softplus,
 * Elu and Gelu; and its default graph optimizations fuse SiLU's x*Sigmoid(x) into its own
 * QuickGelu, which is float only too (checked by {@code OnnxRuntimeKernelsTest}). A network using
 * one of those is written with FLOAT tensors unless FLOAT64 is asked for.
 */
final class PrecisionChoice {

    /** The activations whose ONNX operator has no double kernel in onnxruntime. */
    static final Set<String> FLOAT_ONLY = Set.of("leaky_relu", "softplus", "elu", "gelu", "silu");

    private PrecisionChoice() {}

    static Precision resolve(Precision asked, Network network) {
        if (asked != Precision.AUTO) {
            return asked;
        }
        return floatOnlyUse(network).isPresent() ? Precision.FLOAT32 : Precision.FLOAT64;
    }

    /** "softplus (layer 2)" for the first activation with no double kernel, if any. */
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
