package dev.nnscript.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.onnx.format.OnnxException;
import dev.nnscript.onnx.format.Precision;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Models nnscript must refuse, each with the exact message a user sees. */
class BadModelsTest {

    /** x (2 columns) -> 3 relu -> 1 sigmoid, exported as float64. */
    static ModelProto good() throws Exception {
        Network network = new Network(null, List.of("a", "b"), List.of("y"), List.of(
                DenseLayer.of(2, new double[] {1, 2, 3, 4, 5, 6}, new double[] {0, 1, 2}, each(3, Activations.RELU)),
                DenseLayer.of(3, new double[] {1, -1, 0.5}, new double[] {0.25}, each(1, Activations.SIGMOID))));
        return ModelProto.parseFrom(OnnxExport.export(network, Precision.FLOAT64).bytes());
    }

    static Activation[] each(int n, Activation a) {
        Activation[] acts = new Activation[n];
        Arrays.fill(acts, a);
        return acts;
    }

    static String refusal(ModelProto model) {
        return refusal(model.toByteArray());
    }

    static String refusal(byte[] bytes) {
        return assertThrows(OnnxException.class, () -> OnnxImport.read(bytes)).getMessage();
    }

    static ModelProto withGraph(ModelProto model, UnaryOperator<GraphProto.Builder> change) {
        return model.toBuilder().setGraph(change.apply(model.getGraph().toBuilder())).build();
    }

    @Test
    void theGoodModelImports() throws Exception {
        assertEquals(List.of("a", "b"), OnnxImport.read(good().toByteArray()).inputNames());
    }

    @Test
    void truncatedBytes() throws Exception {
        byte[] bytes = good().toByteArray();
        assertEquals("not an ONNX model (the bytes are not a complete ModelProto: While parsing a protocol"
                + " message, the input ended unexpectedly in the middle of a field.  This could mean either that"
                + " the input has been truncated or that an embedded message misreported its own length.); is the"
                + " file truncated?", refusal(Arrays.copyOf(bytes, bytes.length - 7)));
    }

    @Test
    void textIsNotAModel() {
        assertEquals("ir_version 0 is outside what nnscript reads (3 to 11); is this an ONNX model at all?",
                refusal(new byte[0]));
    }

    @Test
    void unsupportedOperatorNamesTheNodeAndItsType() throws Exception {
        ModelProto model = withGraph(good(), g -> g.setNode(1, g.getNode(1).toBuilder().setOpType("HardSwish")));
        assertEquals("node 'layer1.relu' (HardSwish): not an operator nnscript imports; it reads " + ActivationOpsText.SUPPORTED,
                refusal(model));
    }

    @Test
    void aNodeInAnotherDomain() throws Exception {
        ModelProto model = withGraph(good(), g -> g.setNode(1, g.getNode(1).toBuilder().setDomain("com.microsoft")));
        assertEquals("node 'layer1.relu' (com.microsoft.Relu): not an operator nnscript imports; it reads "
                + ActivationOpsText.SUPPORTED, refusal(model));
    }

    @Test
    void aDynamicNumberOfColumns() throws Exception {
        ModelProto model = withGraph(good(), g -> g.setInput(0, dims(g.getInput(0), TensorShapeProto.Dimension
                .newBuilder().setDimParam("features").build())));
        assertEquals("input 'input' has a dynamic number of columns ('features'); nnscript needs it fixed:"
                + " export with a concrete feature size", refusal(model));
    }

    @Test
    void hugeDimensionsAreRefusedBeforeAllocation() throws Exception {
        ModelProto model = withGraph(good(), g -> g.setInitializer(0, g.getInitializer(0).toBuilder()
                .setDims(0, 3_000_000_000L)));
        assertEquals("tensor 'layer1.weight' has a dimension of 3000000000; nnscript reads dimensions from 0 to 10000000",
                refusal(model));
        ModelProto wide = withGraph(good(), g -> g.setInitializer(0, g.getInitializer(0).toBuilder()
                .setDims(0, 10_000_000L).setDims(1, 10_000_000L)));
        assertEquals("tensor 'layer1.weight' has more than 100000000 entries, more than a network may have",
                refusal(wide));
        ModelProto columns = withGraph(good(), g -> g.setInput(0, dims(g.getInput(0), TensorShapeProto.Dimension
                .newBuilder().setDimValue(1L << 40).build())));
        assertEquals("input 'input' has 1099511627776 columns; nnscript reads 1 to 10000000", refusal(columns));
    }

    @Test
    void weightsOfTheWrongShape() throws Exception {
        ModelProto model = withGraph(good(), g -> g.setInitializer(0, g.getInitializer(0).toBuilder().setDims(1, 4)));
        assertEquals("node 'layer1.gemm' (Gemm): weights 'layer1.weight' have shape [3, 4], which does not fit an"
                + " input of 2 columns", refusal(model));
    }

    @Test
    void truncatedRawData() throws Exception {
        ModelProto model = withGraph(good(), g -> g.setInitializer(1, g.getInitializer(1).toBuilder()
                .setRawData(g.getInitializer(1).getRawData().substring(0, 16))));
        assertEquals("tensor 'layer1.bias' has 16 bytes of data where 24 were expected", refusal(model));
    }

    @Test
    void integerWeights() throws Exception {
        ModelProto model = withGraph(good(), g -> g.setInitializer(1, g.getInitializer(1).toBuilder()
                .setDataType(TensorProto.DataType.INT64.getNumber())));
        assertEquals("tensor 'layer1.bias' holds INT64 numbers; only FLOAT and DOUBLE weights can be imported",
                refusal(model));
    }

    @Test
    void versionsOutsideTheRangeRead() throws Exception {
        assertEquals("ir_version 12 is outside what nnscript reads (3 to 11)",
                refusal(good().toBuilder().setIrVersion(12).build()));
        ModelProto opset = good().toBuilder().setOpsetImport(0, good().getOpsetImport(0).toBuilder().setVersion(7)).build();
        assertEquals("opset 7 is outside what nnscript reads (9 to 23); export with opset_version in that range",
                refusal(opset));
    }

    @Test
    void aBranchOffTheChain() throws Exception {
        ModelProto model = withGraph(good(), g -> g.addNode(NodeProto.newBuilder().setName("extra").setOpType("Relu")
                .addInput("layer1.z").addOutput("side")));
        assertEquals("node 'extra' (Relu): is one of 2 nodes reading 'layer1.z'; only a chain of layers can be imported",
                refusal(model));
    }

    @Test
    void twoActivationsInARow() throws Exception {
        ModelProto model = withGraph(good(), g -> g
                .setNode(1, g.getNode(1).toBuilder().setOutput(0, "between"))
                .addNode(2, NodeProto.newBuilder().setName("again").setOpType("Tanh").addInput("between").addOutput("layer1.a")));
        assertEquals("node 'again' (Tanh): does not follow a Gemm or MatMul; each layer has one activation after its"
                + " weights", refusal(model));
    }

    @Test
    void aLoopIsRefusedNotFollowedForever() throws Exception {
        ModelProto model = withGraph(good(), g -> g.setNode(1, g.getNode(1).toBuilder().setOutput(0, "layer1.z")));
        assertEquals("node 'layer1.relu' (Relu): is reached twice; the graph loops back on itself", refusal(model));
    }

    @Test
    void aDamagedNode() throws Exception {
        ModelProto model = withGraph(good(), g -> g.setNode(0, g.getNode(0).toBuilder().clearOutput()));
        assertEquals("node 'layer1.gemm' (Gemm): has 3 inputs and 0 outputs, not what Gemm takes; the model is damaged",
                refusal(model));
    }

    /** A function of nnscript's domain and name that computes something else is not trusted. */
    @Test
    void aForeignFunctionOfTheSameNameIsRefused() throws Exception {
        Network network = new Network(null, List.of("x"), List.of("y"), List.of(
                DenseLayer.of(1, new double[] {2}, new double[] {0}, each(1, Activations.SOFTPLUS))));
        ModelProto model = ModelProto.parseFrom(OnnxExport.export(network, Precision.FLOAT64).bytes());
        assertEquals(Activations.SOFTPLUS, OnnxImport.read(model.toByteArray()).layer(0).activation(0));
        ModelProto.Builder changed = model.toBuilder();
        changed.getFunctionsBuilder(0).getNodeBuilder(1).setOpType("Tanh");
        assertEquals("node 'layer1.softplus' (dev.nnscript.Softplus): calls a function Softplus that the model does"
                + " not define as nnscript does; only nnscript's own definition is read", refusal(changed.build()));
    }

    @Test
    void twoInputs() throws Exception {
        ModelProto model = withGraph(good(), g -> g.addInput(g.getInput(0).toBuilder().setName("mask")));
        assertEquals("the graph has 2 inputs [input, mask]; nnscript reads one input tensor of shape [batch, columns]",
                refusal(model));
    }

    static ValueInfoProto dims(ValueInfoProto input, TensorShapeProto.Dimension columns) {
        ValueInfoProto.Builder b = input.toBuilder();
        b.getTypeBuilder().getTensorTypeBuilder().getShapeBuilder().setDim(1, columns);
        return b.build();
    }

    /** The list of importable operators, as messages print it. */
    static final class ActivationOpsText {
        static final String SUPPORTED = "Gemm, MatMul (with Transpose and Add), Flatten, Identity, Relu, LeakyRelu,"
                + " Softplus, Sigmoid, Tanh, Elu, Gelu, SiLU as x*Sigmoid(x), Softmax, Split/Concat of activations,"
                + " and nnscript's own double functions";
    }
}
