package dev.nnscript.onnx.read;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.onnx.format.DoubleFunctions;
import java.util.List;

/**
 * ONNX activation nodes to core activations. Float attributes (leaky ReLU's alpha, ELU's alpha)
 * become the double of exactly that float: 0.01 written by PyTorch reads as 0.009999999776482582,
 * which is what the model computes.
 */
final class ActivationOps {

    /** What a message lists as importable. */
    static final String SUPPORTED = "Gemm, MatMul (with Transpose and Add), Flatten, Identity, Relu, LeakyRelu,"
            + " Softplus, Sigmoid, Tanh, Elu, Gelu, SiLU as x*Sigmoid(x), Softmax, Split/Concat of activations,"
            + " and nnscript's own double functions";

    private static final List<String> OPERATORS = List.of("Relu", "LeakyRelu", "Softplus", "Sigmoid", "Tanh", "Elu", "Gelu");

    private ActivationOps() {}

    static boolean isActivation(NodeProto node) {
        return isStandard(node) && OPERATORS.contains(node.getOpType()) || isFunctionCall(node);
    }

    /** A call of one of nnscript's double functions (checked against the model's definition by {@link #of}). */
    static boolean isFunctionCall(NodeProto node) {
        return node.getDomain().equals(DoubleFunctions.DOMAIN) && DoubleFunctions.NAMES.contains(node.getOpType());
    }

    /** The activation of an activation node; refuses any other node. */
    static Activation of(NodeProto node, GraphIndex index) {
        if (!isActivation(node)) {
            throw unsupported(node);
        }
        if (isFunctionCall(node)) {
            return function(node, index);
        }
        return switch (node.getOpType()) {
            case "Relu" -> Activations.RELU;
            case "LeakyRelu" -> new Activations.LeakyRelu(Nodes.floatAttribute(node, "alpha", 0.01f));
            case "Softplus" -> Activations.SOFTPLUS;
            case "Sigmoid" -> Activations.SIGMOID;
            case "Tanh" -> Activations.TANH;
            case "Elu" -> elu(node);
            default -> gelu(node);
        };
    }

    static boolean isStandard(NodeProto node) {
        return node.getDomain().isEmpty() || node.getDomain().equals("ai.onnx");
    }

    static RuntimeException unsupported(NodeProto node) {
        return Nodes.refuse(node, "not an operator nnscript imports; it reads " + SUPPORTED);
    }

    /** A double function's activation, if the model defines the function exactly as nnscript does. */
    private static Activation function(NodeProto node, GraphIndex index) {
        String name = node.getOpType();
        if (!DoubleFunctions.definition(name).equals(index.function(name))) {
            throw Nodes.refuse(node, "calls a function " + name + " that the model does not define as nnscript does;"
                    + " only nnscript's own definition is read");
        }
        return switch (name) {
            case "Softplus" -> Activations.SOFTPLUS;
            case "Silu" -> Activations.SILU;
            case "LeakyRelu" -> new Activations.LeakyRelu(parameter(node, index));
            default -> {
                double alpha = parameter(node, index);
                if (!(alpha > 0.0)) {
                    throw Nodes.refuse(node, "alpha " + alpha + " is not positive; nnscript's elu needs alpha > 0");
                }
                yield new Activations.Elu(alpha);
            }
        };
    }

    private static double parameter(NodeProto node, GraphIndex index) {
        String name = node.getInputCount() > 1 ? node.getInput(1) : "";
        if (!index.isConstant(name)) {
            throw Nodes.refuse(node, "its parameter '" + name + "' is not a constant");
        }
        return TensorValues.reals(index.constant(name), 1)[0];
    }

    private static Activation elu(NodeProto node) {
        double alpha = Nodes.floatAttribute(node, "alpha", 1.0);
        if (!(alpha > 0.0)) {
            throw Nodes.refuse(node, "alpha " + alpha + " is not positive; nnscript's elu needs alpha > 0");
        }
        return new Activations.Elu(alpha);
    }

    private static Activation gelu(NodeProto node) {
        String approximate = Nodes.stringAttribute(node, "approximate", "none");
        if (!approximate.equals("none")) {
            throw Nodes.refuse(node, "approximate=\"" + approximate + "\" is not the exact GELU nnscript computes");
        }
        return Activations.GELU;
    }
}
