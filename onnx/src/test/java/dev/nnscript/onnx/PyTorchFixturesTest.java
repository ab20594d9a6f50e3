package dev.nnscript.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.onnx.format.OnnxException;
import dev.nnscript.onnx.format.Precision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Models exported by PyTorch (src/test/resources/fixtures/make_fixtures.py): the imported network
 * predicts what PyTorch predicted, stored beside each model, and goes on as any nnscript network.
 */
class PyTorchFixturesTest {

    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    /** PyTorch computed in float32 on float weights; nnscript in double on the same floats. */
    static final double FLOAT32_TOLERANCE = 1e-6;
    static final double FLOAT64_TOLERANCE = 1e-13;

    @ParameterizedTest
    @CsvSource({
        "gemm_relu_softmax, Gemm Relu Gemm Softmax, 1e-6",
        "gemm_flatten_tanh_sigmoid, Flatten Gemm Tanh Gemm Sigmoid, 1e-6",
        "gemm_activations, Gemm LeakyRelu Gemm Elu Gemm Softplus Gemm Sigmoid Mul Gemm, 1e-6",
        "matmul_relu_softmax, Transpose MatMul Add Relu Transpose MatMul Add Softmax, 1e-6",
        "matmul_tanh_double, Transpose MatMul Add Tanh Transpose MatMul Add, 1e-13",
    })
    void importedNetworksPredictWhatPyTorchPredicted(String name, String operators, double tolerance) throws IOException {
        byte[] bytes = Files.readAllBytes(FIXTURES.resolve(name + ".onnx"));
        assertEquals(List.of(operators.split(" ")), operators(bytes), "the fixture's graph shape");
        Network network = OnnxImport.read(bytes);
        List<String> lines = Files.readAllLines(FIXTURES.resolve(name + ".csv"));
        int inputs = network.inputCount();
        assertEquals(inputs + network.outputCount(), lines.get(0).split(",").length, lines.get(0));
        double worst = 0;
        for (String line : lines.subList(1, lines.size())) {
            double[] row = Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
            double[] predicted = network.predict(Arrays.copyOf(row, inputs));
            for (int c = 0; c < predicted.length; c++) {
                double expected = row[inputs + c];
                worst = Math.max(worst, Math.abs(predicted[c] - expected) / Math.max(1.0, Math.abs(expected)));
            }
        }
        assertTrue(worst <= tolerance, name + ": worst difference " + worst);
        assertTrue(lines.size() > 2, "predictions stored");
    }

    @ParameterizedTest
    @CsvSource({"gemm_relu_softmax", "gemm_activations", "matmul_relu_softmax", "matmul_tanh_double"})
    void importedTextLoadsBackAndExportsAgain(String name) throws Exception {
        Network network = OnnxImport.read(FIXTURES.resolve(name + ".onnx"));
        String text = ScriptPrinter.print(network);
        LoadResult loaded = NnScripts.parse(text, name + ".nn");
        assertTrue(loaded.succeeded(), loaded::formattedDiagnostics);
        assertEquals(network, loaded.script().network(), "the printed text holds every weight exactly");
        byte[] again = OnnxExport.export(loaded.script(), Precision.AUTO).bytes();
        assertEquals(text, ScriptPrinter.print(OnnxImport.read(again)));
        double[][] x = Rounded.inputs(7, 10, network.inputCount(), true);
        Precision precision = OnnxRuntimeKernelsTest.runsInDouble(network) ? Precision.FLOAT64 : Precision.FLOAT32;
        double worst = Rounded.worstDifference(network, x, OrtRunner.run(again, x, precision));
        assertTrue(worst <= (precision == Precision.FLOAT64 ? 1e-12 : 1e-5), name + ": " + worst);
    }

    @Test
    void namesComeFromTheTensorsWhenTheModelHasNoMetadata() throws IOException {
        Network network = OnnxImport.read(FIXTURES.resolve("gemm_flatten_tanh_sigmoid.onnx"));
        assertEquals(List.of("x1", "x2"), network.inputNames());
        assertEquals(List.of("y"), network.outputNames(), "one column: the ONNX output's own name");
    }

    @Test
    void pyTorchsGeluBelowOpset20IsRefusedNamingTheNode() {
        OnnxException e = assertThrows(OnnxException.class,
                () -> OnnxImport.read(FIXTURES.resolve("gemm_gelu_refused.onnx")));
        assertTrue(e.getMessage().matches("node '.*' \\((Div|Erf|Mul)\\): not an operator nnscript imports; .*"),
                e.getMessage());
    }

    static List<String> operators(byte[] bytes) throws IOException {
        return ModelProto.parseFrom(bytes).getGraph().getNodeList().stream().map(NodeProto::getOpType)
                .filter(op -> !op.equals("Constant")).toList();
    }
}
