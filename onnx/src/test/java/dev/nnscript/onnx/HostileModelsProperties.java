package dev.nnscript.onnx;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.nnscript.core.network.Network;
import dev.nnscript.onnx.format.OnnxException;
import dev.nnscript.onnx.format.Precision;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damaged models end in an {@link OnnxException} (a message for the user), never another
 * exception (which nnrun would report as an internal error): random bytes changed or cut, and
 * random edits of the graph (inputs and outputs dropped or renamed, operators swapped, attributes
 * and shapes changed, initializers removed).
 */
class HostileModelsProperties {

    private static final List<String> OPERATORS = List.of("Gemm", "MatMul", "Add", "Transpose", "Relu", "Sigmoid",
            "Mul", "Split", "Concat", "Softmax", "Identity", "Flatten", "LeakyRelu", "Gelu", "Constant", "Elu");

    @Test
    void changedBytesAreAModelOrAMessage() {
        qt().withExamples(800).withFixedSeed(71)
                .forAll(GeneratedNetworks.networks(GeneratedNetworks.ALL), longs().all(), integers().between(1, 8))
                .checkAssert((network, seed, changes) -> {
                    byte[] bytes = OnnxExport.export(network, Precision.FLOAT64).bytes();
                    Random random = new Random(seed);
                    for (int k = 0; k < changes; k++) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                    if (random.nextBoolean()) {
                        bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
                    }
                    readsOrRefuses(bytes);
                });
    }

    @Test
    void editedGraphsAreAModelOrAMessage() {
        qt().withExamples(1000).withFixedSeed(113)
                .forAll(GeneratedNetworks.networks(GeneratedNetworks.ALL), longs().all(), integers().between(1, 3))
                .checkAssert((network, seed, edits) -> {
                    ModelProto model;
                    try {
                        model = ModelProto.parseFrom(OnnxExport.export(network, Precision.FLOAT32).bytes());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    Random random = new Random(seed);
                    GraphProto.Builder graph = model.getGraph().toBuilder();
                    for (int k = 0; k < edits; k++) {
                        edit(graph, random);
                    }
                    readsOrRefuses(model.toBuilder().setGraph(graph).build().toByteArray());
                });
    }

    private static void edit(GraphProto.Builder graph, Random random) {
        if (graph.getNodeCount() == 0) {
            return;
        }
        int n = random.nextInt(graph.getNodeCount());
        NodeProto.Builder node = graph.getNode(n).toBuilder();
        switch (random.nextInt(10)) {
            case 0 -> node.clearInput();
            case 1 -> node.clearOutput();
            case 2 -> node.setOpType(OPERATORS.get(random.nextInt(OPERATORS.size())));
            case 3 -> node.clearAttribute();
            case 4 -> node.addAttribute(AttributeProto.newBuilder().setName(random.nextBoolean() ? "axis" : "transB")
                    .setType(AttributeProto.AttributeType.INT).setI(random.nextInt(5) - 2));
            case 5 -> {
                if (graph.getInitializerCount() > 0) {
                    graph.removeInitializer(random.nextInt(graph.getInitializerCount()));
                }
            }
            case 6 -> {
                if (graph.getInitializerCount() > 0) {
                    int t = random.nextInt(graph.getInitializerCount());
                    graph.setInitializer(t, graph.getInitializer(t).toBuilder().clearDims()
                            .addDims(random.nextInt(8) - 1).addDims(random.nextInt(8)));
                }
            }
            case 7 -> {
                NodeProto other = graph.getNode(random.nextInt(graph.getNodeCount()));
                if (node.getInputCount() > 0) {
                    node.setInput(random.nextInt(node.getInputCount()), other.getOutputCount() > 0 ? other.getOutput(0) : "");
                }
            }
            case 8 -> {
                if (node.getInputCount() > 0 && node.getOutputCount() > 0) {
                    node.setOutput(0, node.getInput(0)); // a loop
                }
            }
            default -> graph.removeNode(n);
        }
        if (n < graph.getNodeCount() && random.nextInt(10) != 9) {
            graph.setNode(n, node);
        }
    }

    private static void readsOrRefuses(byte[] bytes) {
        try {
            Network network = OnnxImport.read(bytes);
            assertNotNull(network);
        } catch (OnnxException expected) {
            assertNotNull(expected.getMessage());
        }
    }
}
