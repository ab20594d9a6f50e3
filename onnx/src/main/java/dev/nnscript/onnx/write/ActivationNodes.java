package dev.nnscript.onnx.write;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import java.util.List;

/**
 * The ONNX nodes of one element-wise activation: one standard operator each, except SiLU, which
 * ONNX has no operator for, written as {@code Mul(z, Sigmoid(z))} (what PyTorch writes too).
 * Identity writes no node. Parameters (leaky ReLU's slope, ELU's alpha) are float attributes in
 * ONNX, so they are rounded to the nearest float whatever the tensors' precision.
 */
final class ActivationNodes {

    private ActivationNodes() {}

    /**
     * Appends the nodes computing {@code activation} of tensor {@code in} into tensor {@code out},
     * naming nodes after {@code prefix}; an identity appends nothing and returns false (the caller
     * then uses {@code in} itself).
     */
    static boolean append(List<NodeProto> nodes, Activation activation, String in, String out, String prefix) {
        if (activation instanceof Activations.Identity) {
            return false;
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
