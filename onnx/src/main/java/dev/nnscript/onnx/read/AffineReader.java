package dev.nnscript.onnx.read;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import java.util.List;

/**
 * The affine part of a layer, in the two shapes PyTorch writes: {@code Gemm(x, W, b)} (the
 * TorchScript exporter; W is [outputs, inputs] with transB=1, or [inputs, outputs] without) and
 * {@code Add(MatMul(x, Transpose(W)), b)} (the dynamo exporter; also {@code MatMul(x, Wt)} with Wt
 * an [inputs, outputs] constant, and without the Add when there is no bias).
 */
final class AffineReader {

    /** The affine part and the tensor it writes. */
    record Read(Affine affine, String output) {}

    private final GraphIndex index;

    AffineReader(GraphIndex index) {
        this.index = index;
    }

    Read gemm(NodeProto node, int width) {
        if (Nodes.floatAttribute(node, "alpha", 1.0) != 1.0 || Nodes.floatAttribute(node, "beta", 1.0) != 1.0) {
            throw Nodes.refuse(node, "alpha and beta other than 1 are not read; export the layer without scaling");
        }
        if (Nodes.intAttribute(node, "transA", 0) != 0) {
            throw Nodes.refuse(node, "transA=1 (a transposed batch) is not read");
        }
        if (node.getInputCount() < 2) {
            throw Nodes.refuse(node, "it has no weight input");
        }
        boolean transB = Nodes.intAttribute(node, "transB", 0) != 0;
        TensorProto w = weight(node, node.getInput(1));
        int outputs = outputs(node, w, transB ? 0 : 1, width, transB ? 1 : 0);
        double[] weights = TensorValues.reals(w, (long) outputs * width);
        if (!transB) {
            weights = transpose(weights, width, outputs);
        }
        double[] biases = node.getInputCount() > 2 && !node.getInput(2).isEmpty()
                ? bias(node, node.getInput(2), outputs) : new double[outputs];
        return new Read(new Affine(width, outputs, weights, biases), node.getOutput(0));
    }

    Read matMul(NodeProto node, int width) {
        String b = node.getInput(1);
        double[] weights;
        int outputs;
        NodeProto transpose = index.producer(b);
        if (index.isConstant(b)) {
            TensorProto t = index.constant(b);
            outputs = outputs(node, t, 1, width, 0);
            weights = transpose(TensorValues.reals(t, (long) outputs * width), width, outputs);
        } else if (transpose != null && transpose.getOpType().equals("Transpose") && ActivationOps.isStandard(transpose)
                && index.isConstant(transpose.getInput(0)) && index.consumers(b).size() == 1) {
            checkSwap(transpose);
            TensorProto t = index.constant(transpose.getInput(0));
            outputs = outputs(node, t, 0, width, 1);
            weights = TensorValues.reals(t, (long) outputs * width);
            index.take(transpose);
        } else {
            throw Nodes.refuse(node, "its weights '" + b + "' are neither a constant nor the Transpose of one");
        }
        String out = node.getOutput(0);
        List<NodeProto> next = index.consumers(out);
        if (next.size() == 1 && next.get(0).getOpType().equals("Add") && ActivationOps.isStandard(next.get(0))) {
            NodeProto add = next.get(0);
            String other = add.getInput(0).equals(out) ? add.getInput(1) : add.getInput(0);
            if (index.isConstant(other)) {
                index.take(add);
                return new Read(new Affine(width, outputs, weights, bias(add, other, outputs)), add.getOutput(0));
            }
        }
        return new Read(new Affine(width, outputs, weights, new double[outputs]), out);
    }

    private TensorProto weight(NodeProto node, String name) {
        if (!index.isConstant(name)) {
            throw Nodes.refuse(node, "its weights '" + name + "' are not a constant (an initializer)");
        }
        return index.constant(name);
    }

    /** The layer's node count, from dim {@code outAxis} of a 2-D weight whose dim {@code inAxis} must be {@code width}. */
    private static int outputs(NodeProto node, TensorProto w, int outAxis, int width, int inAxis) {
        TensorValues.entries(w);
        if (w.getDimsCount() != 2 || w.getDims(inAxis) != width || w.getDims(outAxis) < 1) {
            throw Nodes.refuse(node, "weights '" + w.getName() + "' have shape " + w.getDimsList()
                    + ", which does not fit an input of " + width + " columns");
        }
        return (int) w.getDims(outAxis);
    }

    private double[] bias(NodeProto node, String name, int outputs) {
        TensorProto b = weight(node, name);
        long n = TensorValues.entries(b);
        boolean shaped = b.getDimsCount() == 1 || (b.getDimsCount() == 2 && b.getDims(0) == 1);
        if (!shaped || n != outputs) {
            throw Nodes.refuse(node, "bias '" + name + "' has shape " + b.getDimsList() + " where [" + outputs
                    + "] was expected");
        }
        return TensorValues.reals(b, outputs);
    }

    private static void checkSwap(NodeProto transpose) {
        List<Long> perm = Nodes.attribute(transpose, "perm") == null ? List.of(1L, 0L)
                : Nodes.attribute(transpose, "perm").getIntsList();
        if (!perm.equals(List.of(1L, 0L))) {
            throw Nodes.refuse(transpose, "perm " + perm + " is not the swap [1, 0] of a weight matrix");
        }
    }

    /** [rows][cols] row-major to [cols][rows]. */
    private static double[] transpose(double[] m, int rows, int cols) {
        double[] t = new double[m.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = m[r * cols + c];
            }
        }
        return t;
    }
}
