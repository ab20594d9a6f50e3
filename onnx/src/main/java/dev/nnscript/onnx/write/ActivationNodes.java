package dev.nnscript.onnx.write;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.onnx.format.DoubleFunctions;
import dev.nnscript.onnx.format.Precision;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ONNX nodes of one element-wise activation. In float32: one standard operator each, except
 * SiLU, which ONNX has no operator for, written as {@code Mul(z, Sigmoid(z))} (what PyTorch writes
 * too); leaky ReLU's slope and ELU's alpha are float attributes there. In float64, the activations
 * onnxruntime runs only on floats call nnscript's model-local functions instead
 * ({@link DoubleFunctions}), a parameter passed as a DOUBLE scalar initializer
 * ({@code layerL.slope}, {@code layerL.alpha}). Identity writes no node.
 */
final class ActivationNodes {

    private final Precision precision;
    private final List<NodeProto> nodes;
    private final List<TensorProto> initializers;
    private final Set<String> functions;

    /** Nodes go to {@code nodes}, parameters to {@code initializers}, the functions called to {@code functions}. */
    ActivationNodes(Precision precision, List<NodeProto> nodes, List<TensorProto> initializers, Set<String> functions) {
        this.precision = precision;
        this.nodes = nodes;
        this.initializers = initializers;
        this.functions = functions;
    }

    /**
     * Appends the nodes computing {@code activation} of tensor {@code in} into tensor {@code out},
     * naming nodes after {@code prefix}; an identity appends nothing and returns false (the caller
     * then uses {@code in} itself).
     */
    boolean append(Activation activation, String in, String out, String prefix) {
        if (activation instanceof Activations.Identity) {
            return false;
        }
        Optional<String> function = DoubleFunctions.forActivation(activation.name());
        if (precision == Precision.FLOAT64 && function.isPresent()) {
            call(function.get(), activation, in, out, prefix);
            return true;
        }
        if (activation instanceof Activations.Silu) {
            String sigmoid = prefix + ".sigmoid";
            nodes.add(node("Sigmoid", sigmoid, List.of(in), sigmoid).build());
            nodes.add(node("Mul", prefix + ".silu", List.of(in, sigmoid), out).build());
            return true;
        }
        NodeProto.Builder node = node(operator(activation), prefix + "." + activation.name(), List.of(in), out);
        if (activation instanceof Activations.LeakyRelu leaky) {
            node.addAttribute(floatAttribute("alpha", leaky.slope()));
        } else if (activation instanceof Activations.Elu elu) {
            node.addAttribute(floatAttribute("alpha", elu.alpha()));
        }
        nodes.add(node.build());
        return true;
    }

    private void call(String function, Activation activation, String in, String out, String prefix) {
        functions.add(function);
        NodeProto.Builder node = node(function, prefix + "." + activation.name(), List.of(in), out)
                .setDomain(DoubleFunctions.DOMAIN);
        if (DoubleFunctions.takesParameter(function)) {
            String name = prefix + (activation instanceof Activations.Elu ? ".alpha" : ".slope");
            double p = activation instanceof Activations.Elu e ? e.alpha() : ((Activations.LeakyRelu) activation).slope();
            initializers.add(Tensors.real(name, new double[] {p}, Precision.FLOAT64));
            node.addInput(name);
        }
        nodes.add(node.build());
    }

    /** The ONNX operator of an activation written as one node. */
    static String operator(Activation activation) {
        return switch (activation.name()) {
            case "relu" -> "Relu";
            case "leaky_relu" -> "LeakyRelu";
            case "softplus" -> "Softplus";
            case "sigmoid" -> "Sigmoid";
            case "tanh" -> "Tanh";
            case "elu" -> "Elu";
            case "gelu" -> "Gelu";
            default -> throw new IllegalArgumentException("no single ONNX operator for " + activation.name());
        };
    }

    static NodeProto.Builder node(String op, String name, List<String> inputs, String output) {
        return NodeProto.newBuilder().setOpType(op).setName(name).addAllInput(inputs).addOutput(output);
    }

    static AttributeProto floatAttribute(String name, double value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT)
                .setF((float) value).build();
    }

    static AttributeProto intAttribute(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT)
                .setI(value).build();
    }
}
