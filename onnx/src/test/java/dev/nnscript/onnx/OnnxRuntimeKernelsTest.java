package dev.nnscript.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnxruntime.OrtException;
import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.onnx.format.Precision;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which activations onnxruntime runs on doubles: the export's AUTO precision, its double functions
 * and docs/interop.md rely on these facts, so a new onnxruntime with more double kernels fails here
 * first.
 */
class OnnxRuntimeKernelsTest {

    /** What docs/interop.md says a float64 model cannot run in onnxruntime. */
    static final Set<String> FLOAT_ONLY = Set.of("gelu");

    static boolean runsInDouble(Network network) {
        for (DenseLayer layer : network.layers()) {
            for (int o = 0; !layer.isSoftmax() && o < layer.outputs(); o++) {
                if (FLOAT_ONLY.contains(layer.activation(o).name())) {
                    return false;
                }
            }
        }
        return true;
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity", "relu", "leaky_relu", "softplus", "sigmoid", "tanh", "elu", "gelu", "silu"})
    void doubleKernelsAreWhereTheExportExpectsThem(String name) {
        Activation activation = Activations.byName(name).orElseThrow();
        Network network = new Network(null, List.of("x"), List.of("y"), List.of(
                DenseLayer.of(1, new double[] {0.5}, new double[] {0.25}, new Activation[] {activation})));
        boolean ran;
        try {
            OrtRunner.run(OnnxExport.export(network, Precision.FLOAT64).bytes(), new double[][] {{1.0}}, Precision.FLOAT64);
            ran = true;
        } catch (OrtException e) {
            ran = false;
        }
        assertEquals(!FLOAT_ONLY.contains(name), ran, name);
        assertEquals(ran ? Precision.FLOAT64 : Precision.FLOAT32, OnnxExport.export(network, Precision.AUTO).precision());
    }

    /**
     * Why float64 models call nnscript's functions: the standard operators have no double kernel,
     * and SiLU written as Mul(z, Sigmoid(z)) is fused into onnxruntime's float-only QuickGelu.
     */
    @ParameterizedTest
    @ValueSource(strings = {"leaky_relu", "softplus", "elu", "silu", "gelu"})
    void theStandardOperatorsDoNotRunOnDoubles(String name) throws Exception {
        Activation activation = Activations.byName(name).orElseThrow();
        Network network = new Network(null, List.of("x"), List.of("y"), List.of(
                DenseLayer.of(1, new double[] {0.5}, new double[] {0.25}, new Activation[] {activation})));
        ModelProto model = ModelProto.parseFrom(OnnxExport.export(network, Precision.FLOAT32).bytes());
        ModelProto.Builder doubles = model.toBuilder();
        GraphProto.Builder graph = doubles.getGraphBuilder();
        for (TensorProto.Builder t : graph.getInitializerBuilderList()) {
            double[] values = OnnxImport.read(model.toByteArray()).layer(0).weights();
            t.setDataType(TensorProto.DataType.DOUBLE.getNumber()).clearRawData().addDoubleData(values[0]);
        }
        graph.getInputBuilder(0).getTypeBuilder().getTensorTypeBuilder().setElemType(TensorProto.DataType.DOUBLE.getNumber());
        graph.getOutputBuilder(0).getTypeBuilder().getTensorTypeBuilder().setElemType(TensorProto.DataType.DOUBLE.getNumber());
        OrtException refused = assertThrows(OrtException.class,
                () -> OrtRunner.run(doubles.build().toByteArray(), new double[][] {{1.0}}, Precision.FLOAT64));
        assertTrue(refused.getMessage().contains("ORT_NOT_IMPLEMENTED"), refused.getMessage());
    }
}
