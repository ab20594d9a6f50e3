package dev.nnscript.onnx.write;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.onnx.format.DoubleFunctions;
import dev.nnscript.onnx.format.OnnxFormat;
import dev.nnscript.onnx.format.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A network as an ONNX graph: per layer {@code l} (1-based) a {@code Gemm} with initializers
 * {@code layerL.weight} [outputs, inputs] ({@code transB=1}, PyTorch's layout) and
 * {@code layerL.bias} [outputs], then the activation. A layer whose nodes share an activation gets
 * one activation node; a layer whose nodes differ is split into runs of neighbouring nodes with
 * the same activation ({@code Split} along axis 1), each run activated, and the runs joined again
 * ({@code Concat}), so the columns keep their order. Softmax is {@code Softmax} with axis 1.
 * Activations are written by {@link ActivationNodes}.
 */
final class GraphWriter {

    /** A graph and the names of the {@link DoubleFunctions} its nodes call. */
    record Written(GraphProto graph, Set<String> functions) {}

    private final Precision precision;
    private final List<NodeProto> nodes = new ArrayList<>();
    private final List<TensorProto> initializers = new ArrayList<>();
    private final Set<String> functions = new TreeSet<>();

    private GraphWriter(Precision precision) {
        this.precision = precision;
    }

    /** The graph of {@code network} with tensors of {@code precision} (FLOAT64 or FLOAT32). */
    static Written write(Network network, Precision precision) {
        GraphWriter writer = new GraphWriter(precision);
        return new Written(writer.graph(network), writer.functions);
    }

    private GraphProto graph(Network network) {
        String tensor = OnnxFormat.INPUT;
        List<DenseLayer> layers = network.layers();
        for (int l = 0; l < layers.size(); l++) {
            boolean last = l == layers.size() - 1;
            tensor = layer(layers.get(l), "layer" + (l + 1), tensor, last ? OnnxFormat.OUTPUT : null);
        }
        return GraphProto.newBuilder().setName(network.name() == null ? "nnscript" : network.name())
                .addAllNode(nodes).addAllInitializer(initializers)
                .addInput(valueInfo(OnnxFormat.INPUT, network.inputCount(), network.inputNames()))
                .addOutput(valueInfo(OnnxFormat.OUTPUT, network.outputCount(), network.outputNames()))
                .build();
    }

    /** Appends one layer reading tensor {@code in}; returns its output tensor ({@code out} if not null). */
    private String layer(DenseLayer layer, String prefix, String in, String out) {
        initializers.add(Tensors.real(prefix + ".weight", layer.weights(), precision, layer.outputs(), layer.inputs()));
        initializers.add(Tensors.real(prefix + ".bias", layer.biases(), precision, layer.outputs()));
        String result = out == null ? prefix + ".a" : out;
        boolean identity = !layer.isSoftmax() && layer.uniformActivation() != null
                && layer.uniformActivation().name().equals("identity");
        String z = identity ? result : prefix + ".z";
        nodes.add(ActivationNodes.node("Gemm", prefix + ".gemm", List.of(in, prefix + ".weight", prefix + ".bias"), z)
                .addAttribute(ActivationNodes.intAttribute("transB", 1)).build());
        if (identity) {
            return result;
        }
        if (layer.isSoftmax()) {
            nodes.add(ActivationNodes.node("Softmax", prefix + ".softmax", List.of(z), result)
                    .addAttribute(ActivationNodes.intAttribute("axis", 1)).build());
        } else if (layer.uniformActivation() != null) {
            new ActivationNodes(precision, nodes, initializers, functions).append(layer.uniformActivation(), z, result, prefix);
        } else {
            mixed(layer, prefix, z, result);
        }
        return result;
    }

    /** Split into runs of one activation, activate each, concatenate in order. */
    private void mixed(DenseLayer layer, String prefix, String z, String result) {
        List<int[]> runs = runs(layer);
        long[] sizes = new long[runs.size()];
        NodeProto.Builder split = ActivationNodes.node("Split", prefix + ".split", List.of(z, prefix + ".split_sizes"),
                prefix + ".run1.z").addAttribute(ActivationNodes.intAttribute("axis", 1));
        NodeProto.Builder concat = NodeProto.newBuilder().setOpType("Concat").setName(prefix + ".concat")
                .addOutput(result).addAttribute(ActivationNodes.intAttribute("axis", 1));
        List<NodeProto> activations = new ArrayList<>();
        ActivationNodes writer = new ActivationNodes(precision, activations, initializers, functions);
        for (int r = 0; r < runs.size(); r++) {
            int[] run = runs.get(r);
            sizes[r] = run[1] - run[0];
            String runPrefix = prefix + ".run" + (r + 1);
            if (r > 0) {
                split.addOutput(runPrefix + ".z");
            }
            Activation activation = layer.activation(run[0]);
            boolean wrote = writer.append(activation, runPrefix + ".z", runPrefix + ".a", runPrefix);
            concat.addInput(wrote ? runPrefix + ".a" : runPrefix + ".z");
        }
        initializers.add(Tensors.int64(prefix + ".split_sizes", sizes));
        nodes.add(split.build());
        nodes.addAll(activations);
        nodes.add(concat.build());
    }

    /** [first, end) node ranges of neighbouring nodes with equal activations. */
    private static List<int[]> runs(DenseLayer layer) {
        List<int[]> runs = new ArrayList<>();
        int start = 0;
        for (int o = 1; o <= layer.outputs(); o++) {
            if (o == layer.outputs() || !layer.activation(o).equals(layer.activation(start))) {
                runs.add(new int[] {start, o});
                start = o;
            }
        }
        return runs;
    }

    /** A [batch, width] tensor of this writer's precision; the doc string names the columns. */
    private ValueInfoProto valueInfo(String name, int width, List<String> columns) {
        TensorShapeProto shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("batch"))
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(width)).build();
        TypeProto type = TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder()
                .setElemType(Tensors.elementType(precision)).setShape(shape)).build();
        return ValueInfoProto.newBuilder().setName(name).setType(type)
                .setDocString("columns: " + String.join(", ", columns)).build();
    }
}
