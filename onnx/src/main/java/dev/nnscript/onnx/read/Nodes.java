package dev.nnscript.onnx.read;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.nnscript.onnx.format.OnnxException;

/** Small readings of one node: how messages name it, its attributes. */
final class Nodes {

    private Nodes() {}

    /** {@code node 'layer1.gemm' (Gemm)}; a node without a name is named by its first output, if any. */
    static String describe(NodeProto node) {
        String name = !node.getName().isEmpty() ? "'" + node.getName() + "'"
                : node.getOutputCount() > 0 ? "writing '" + node.getOutput(0) + "'" : "without a name";
        String op = node.getDomain().isEmpty() || node.getDomain().equals("ai.onnx")
                ? node.getOpType() : node.getDomain() + "." + node.getOpType();
        return "node " + name + " (" + op + ")";
    }

    static AttributeProto attribute(NodeProto node, String name) {
        for (AttributeProto a : node.getAttributeList()) {
            if (a.getName().equals(name)) {
                return a;
            }
        }
        return null;
    }

    static long intAttribute(NodeProto node, String name, long fallback) {
        AttributeProto a = attribute(node, name);
        return a == null ? fallback : a.getI();
    }

    static double floatAttribute(NodeProto node, String name, double fallback) {
        AttributeProto a = attribute(node, name);
        return a == null ? fallback : a.getF();
    }

    static String stringAttribute(NodeProto node, String name, String fallback) {
        AttributeProto a = attribute(node, name);
        return a == null ? fallback : a.getS().toStringUtf8();
    }

    static OnnxException refuse(NodeProto node, String why) {
        return new OnnxException(describe(node) + ": " + why);
    }
}
