package dev.nnscript.onnx.read;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.nnscript.onnx.format.DoubleFunctions;
import java.util.Map;

/**
 * How many inputs and outputs each operator the import reads takes, checked for every node before
 * the walk, so a damaged node is a message rather than a missing index. Operators not listed are
 * refused by the walk anyway.
 */
final class Arity {

    /** {minimum inputs, maximum inputs, minimum outputs, maximum outputs}. */
    private static final Map<String, int[]> COUNTS = Map.ofEntries(
            Map.entry("Gemm", new int[] {2, 3, 1, 1}),
            Map.entry("MatMul", new int[] {2, 2, 1, 1}),
            Map.entry("Add", new int[] {2, 2, 1, 1}),
            Map.entry("Mul", new int[] {2, 2, 1, 1}),
            Map.entry("Transpose", new int[] {1, 1, 1, 1}),
            Map.entry("Split", new int[] {1, 2, 1, Integer.MAX_VALUE}),
            Map.entry("Concat", new int[] {1, Integer.MAX_VALUE, 1, 1}),
            Map.entry("Constant", new int[] {0, 0, 1, 1}),
            Map.entry("Softmax", new int[] {1, 1, 1, 1}),
            Map.entry("Identity", new int[] {1, 1, 1, 1}),
            Map.entry("Flatten", new int[] {1, 1, 1, 1}),
            Map.entry("Relu", new int[] {1, 1, 1, 1}),
            Map.entry("LeakyRelu", new int[] {1, 1, 1, 1}),
            Map.entry("Softplus", new int[] {1, 1, 1, 1}),
            Map.entry("Sigmoid", new int[] {1, 1, 1, 1}),
            Map.entry("Tanh", new int[] {1, 1, 1, 1}),
            Map.entry("Elu", new int[] {1, 1, 1, 1}),
            Map.entry("Gelu", new int[] {1, 1, 1, 1}));

    private Arity() {}

    static void check(NodeProto node) {
        int[] c = ActivationOps.isFunctionCall(node)
                ? (DoubleFunctions.takesParameter(node.getOpType()) ? new int[] {2, 2, 1, 1} : new int[] {1, 1, 1, 1})
                : ActivationOps.isStandard(node) ? COUNTS.get(node.getOpType()) : null;
        if (c == null) {
            return;
        }
        int in = node.getInputCount();
        int out = node.getOutputCount();
        if (in < c[0] || in > c[1] || out < c[2] || out > c[3]) {
            throw Nodes.refuse(node, "has " + in + " inputs and " + out + " outputs, not what " + node.getOpType()
                    + " takes; the model is damaged");
        }
        for (int k = 0; k < out; k++) {
            if (node.getOutput(k).isEmpty()) {
                throw Nodes.refuse(node, "output " + (k + 1) + " has no name; the model is damaged");
            }
        }
        if (in > 0 && node.getInput(0).isEmpty()) {
            throw Nodes.refuse(node, "its first input has no name; the model is damaged");
        }
    }
}
