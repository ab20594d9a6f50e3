package dev.nnscript.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Which activations onnxruntime runs on doubles: the export's AUTO precision and docs/interop.md
 * rely on this list, so a new onnxruntime with more double kernels fails here first.
 */
class OnnxRuntimeKernelsTest {

    /** What docs/interop.md says has float kernels only. */
    static final Set<String> FLOAT_ONLY = Set.of("leaky_relu", "softplus", "elu", "gelu", "silu");

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
}
