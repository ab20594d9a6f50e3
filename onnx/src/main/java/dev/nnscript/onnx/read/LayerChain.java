package dev.nnscript.onnx.read;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.onnx.format.OnnxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Walks the graph from its input to its output, one node at a time, and reads the layers on the
 * way: an affine part ({@link AffineReader}), then at most one activation (a node, SiLU's
 * Sigmoid+Mul pair, Softmax, or a Split into runs activated and joined by Concat); Identity and
 * Flatten pass the batch through. Anything else, or a branch off the chain, is refused with the
 * node's name and operator.
 */
final class LayerChain {

    /** Operators a chain node may have besides the activations (Mul and Add only inside SiLU and MatMul+Add). */
    private static final java.util.Set<String> CHAIN_OPERATORS = java.util.Set.of(
            "Identity", "Flatten", "Gemm", "MatMul", "Softmax", "Split", "Concat", "Mul");

    private final GraphIndex index;
    private final AffineReader affines;
    private final List<DenseLayer> layers = new ArrayList<>();
    private Affine pending;
    private int width;
    private boolean softmax;

    private LayerChain(GraphIndex index, int width) {
        this.index = index;
        this.affines = new AffineReader(index);
        this.width = width;
    }

    /** The layers between tensors {@code input} ({@code width} columns) and {@code output}. */
    static List<DenseLayer> read(GraphIndex index, String input, int width, String output) {
        return new LayerChain(index, width).walk(input, output);
    }

    private List<DenseLayer> walk(String input, String output) {
        String tensor = input;
        while (true) {
            List<NodeProto> readers = index.consumers(tensor);
            if (tensor.equals(output)) {
                if (!readers.isEmpty()) {
                    throw Nodes.refuse(readers.get(0), "reads the graph's output '" + output
                            + "'; only a chain of layers ending in the output can be imported");
                }
                break;
            }
            if (readers.isEmpty()) {
                throw new OnnxException("tensor '" + tensor + "' is read by no node and is not the graph's output '"
                        + output + "'");
            }
            NodeProto silu = siluProduct(tensor, readers);
            tensor = silu != null ? activate(silu, Activations.SILU) : step(tensor, single(tensor, readers));
        }
        closePending();
        if (layers.isEmpty()) {
            throw new OnnxException("the graph has no Gemm or MatMul layer between its input and its output");
        }
        NodeProto left = index.firstUntaken();
        if (left != null) {
            throw Nodes.refuse(left, "is not on the chain from the graph's input to its output");
        }
        return layers;
    }

    /** One node reading {@code tensor}: takes it and returns the tensor it writes. */
    private String step(String tensor, NodeProto node) {
        if (ActivationOps.isFunctionCall(node)) {
            index.take(node);
            return activate(node, ActivationOps.of(node, index));
        }
        if (!ActivationOps.isStandard(node)) {
            throw ActivationOps.unsupported(node);
        }
        index.take(node);
        switch (node.getOpType()) {
            case "Identity":
                return node.getOutput(0);
            case "Flatten":
                if (Nodes.intAttribute(node, "axis", 1) != 1) {
                    throw Nodes.refuse(node, "only axis 1 (a batch of rows) is read");
                }
                return node.getOutput(0);
            case "Gemm":
            case "MatMul":
                return affine(tensor, node);
            case "Softmax":
                return softmax(node);
            case "Split":
                return split(node);
            default:
                return activate(node, ActivationOps.of(node, index));
        }
    }

    private String affine(String tensor, NodeProto node) {
        if (softmax) {
            throw Nodes.refuse(node, "follows a softmax; nnscript allows softmax only on the output layer");
        }
        if (!node.getInput(0).equals(tensor)) {
            throw Nodes.refuse(node, "reads the batch as its weights; only x W^T + b is read");
        }
        closePending();
        AffineReader.Read read = node.getOpType().equals("Gemm") ? affines.gemm(node, width) : affines.matMul(node, width);
        pending = read.affine();
        width = pending.outputs();
        return read.output();
    }

    private String activate(NodeProto node, Activation activation) {
        Affine a = requirePending(node);
        Activation[] each = new Activation[a.outputs()];
        Arrays.fill(each, activation);
        layers.add(DenseLayer.of(a.inputs(), a.weights(), a.biases(), each));
        return node.getOutput(0);
    }

    private String softmax(NodeProto node) {
        long axis = Nodes.intAttribute(node, "axis", -1);
        if (axis != 1 && axis != -1) {
            throw Nodes.refuse(node, "axis " + axis + " is not the axis of the columns (1 or -1)");
        }
        Affine a = requirePending(node);
        layers.add(DenseLayer.softmax(a.inputs(), a.weights(), a.biases()));
        softmax = true;
        return node.getOutput(0);
    }

    /** Split along the columns, each run activated (or not), joined again by one Concat in order. */
    private String split(NodeProto node) {
        Affine a = requirePending(node);
        long axis = Nodes.intAttribute(node, "axis", 0);
        if (axis != 1 && axis != -1) {
            throw Nodes.refuse(node, "axis " + axis + " is not the axis of the columns (1)");
        }
        long[] sizes = splitSizes(node, a.outputs());
        Activation[] each = new Activation[a.outputs()];
        NodeProto concat = null;
        int column = 0;
        for (int k = 0; k < node.getOutputCount(); k++) {
            Run run = run(node.getOutput(k));
            if (concat == null) {
                concat = run.concat();
                long concatAxis = Nodes.intAttribute(concat, "axis", 0);
                if (concatAxis != 1 && concatAxis != -1) {
                    throw Nodes.refuse(concat, "axis " + concatAxis + " does not join columns");
                }
                if (concat.getInputCount() != node.getOutputCount()) {
                    throw Nodes.refuse(concat, "joins other tensors than the runs of " + Nodes.describe(node));
                }
            }
            if (run.concat() != concat || !concat.getInput(k).equals(run.tensor())) {
                throw Nodes.refuse(run.concat(), "does not join the runs of " + Nodes.describe(node) + " in order");
            }
            Arrays.fill(each, column, column + (int) sizes[k], run.activation());
            column += (int) sizes[k];
        }
        index.take(concat);
        layers.add(DenseLayer.of(a.inputs(), a.weights(), a.biases(), each));
        return concat.getOutput(0);
    }

    /** What happens to one run of a Split: at most one activation, then the Concat. */
    private record Run(Activation activation, String tensor, NodeProto concat) {}

    private Run run(String tensor) {
        List<NodeProto> readers = index.consumers(tensor);
        Activation activation = Activations.IDENTITY;
        NodeProto silu = readers.isEmpty() ? null : siluProduct(tensor, readers);
        if (silu != null) {
            activation = Activations.SILU;
            tensor = silu.getOutput(0);
        } else if (readers.size() == 1 && !readers.get(0).getOpType().equals("Concat")) {
            NodeProto node = readers.get(0);
            activation = ActivationOps.of(node, index);
            index.take(node);
            tensor = node.getOutput(0);
        }
        NodeProto concat = single(tensor, index.consumers(tensor));
        if (!concat.getOpType().equals("Concat") || !ActivationOps.isStandard(concat)) {
            throw Nodes.refuse(concat, "follows an activation inside a split layer; only Concat may");
        }
        return new Run(activation, tensor, concat);
    }

    private long[] splitSizes(NodeProto node, int outputs) {
        long[] sizes;
        if (node.getInputCount() > 1 && !node.getInput(1).isEmpty()) {
            if (!index.isConstant(node.getInput(1))) {
                throw Nodes.refuse(node, "its sizes '" + node.getInput(1) + "' are not a constant");
            }
            sizes = TensorValues.longs(index.constant(node.getInput(1)), node.getOutputCount());
        } else if (Nodes.attribute(node, "split") != null) {
            sizes = Nodes.attribute(node, "split").getIntsList().stream().mapToLong(Long::longValue).toArray();
        } else {
            throw Nodes.refuse(node, "it gives no sizes; nnscript reads splits with explicit sizes");
        }
        long sum = 0;
        for (long s : sizes) {
            if (s < 1) {
                throw Nodes.refuse(node, "a run of " + s + " columns is not read");
            }
            sum += s;
        }
        if (sum != outputs || sizes.length != node.getOutputCount()) {
            throw Nodes.refuse(node, "its sizes " + Arrays.toString(sizes) + " do not split the layer's "
                    + outputs + " columns into its " + node.getOutputCount() + " outputs");
        }
        return sizes;
    }

    /** The Mul of {@code x * Sigmoid(x)} when exactly those two nodes read {@code tensor}, else null; takes both. */
    private NodeProto siluProduct(String tensor, List<NodeProto> readers) {
        if (readers.size() != 2) {
            return null;
        }
        for (int s = 0; s < 2; s++) {
            NodeProto sigmoid = readers.get(s);
            NodeProto mul = readers.get(1 - s);
            if (sigmoid.getOpType().equals("Sigmoid") && mul.getOpType().equals("Mul")
                    && ActivationOps.isStandard(sigmoid) && ActivationOps.isStandard(mul)
                    && mul.getInputCount() == 2 && index.consumers(sigmoid.getOutput(0)).size() == 1
                    && (mul.getInput(0).equals(tensor) && mul.getInput(1).equals(sigmoid.getOutput(0))
                        || mul.getInput(1).equals(tensor) && mul.getInput(0).equals(sigmoid.getOutput(0)))) {
                index.take(sigmoid);
                index.take(mul);
                return mul;
            }
        }
        return null;
    }

    private static NodeProto single(String tensor, List<NodeProto> readers) {
        if (readers.isEmpty()) {
            throw new OnnxException("tensor '" + tensor + "' is read by no node; a split layer's runs must be joined"
                    + " by a Concat");
        }
        if (readers.size() != 1) {
            for (NodeProto reader : readers) {
                if (!ActivationOps.isActivation(reader)
                        && (!ActivationOps.isStandard(reader) || !CHAIN_OPERATORS.contains(reader.getOpType()))) {
                    throw ActivationOps.unsupported(reader);
                }
            }
            throw Nodes.refuse(readers.get(readers.size() - 1), "is one of " + readers.size() + " nodes reading '" + tensor
                    + "'; only a chain of layers can be imported");
        }
        return readers.get(0);
    }

    private Affine requirePending(NodeProto node) {
        if (pending == null) {
            throw Nodes.refuse(node, "does not follow a Gemm or MatMul; each layer has one activation after its"
                    + " weights");
        }
        Affine a = pending;
        pending = null;
        return a;
    }

    /** A layer with weights and no activation node is an identity layer. */
    private void closePending() {
        if (pending != null) {
            Activation[] each = new Activation[pending.outputs()];
            Arrays.fill(each, Activations.IDENTITY);
            layers.add(DenseLayer.of(pending.inputs(), pending.weights(), pending.biases(), each));
            pending = null;
        }
    }
}
