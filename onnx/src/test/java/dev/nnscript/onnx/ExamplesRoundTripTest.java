package dev.nnscript.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtException;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.onnx.format.Precision;
import dev.nnscript.onnx.write.Exported;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped example, exported in both precisions: onnxruntime computes what nnscript computes
 * on seeded random inputs, and importing the export gives the network back, printed the same.
 */
class ExamplesRoundTripTest {

    static final Path EXAMPLES = Path.of("..", "examples");

    /** float64: relative to max(1, |value|). Seen: at most a few 1e-16. */
    static final double FLOAT64_TOLERANCE = 1e-12;
    /** float32 on float inputs and float weights: float arithmetic only. */
    static final double FLOAT32_TOLERANCE = 1e-5;

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> nn = files.filter(p -> p.toString().endsWith(".nn")).sorted().toList();
            assertFalse(nn.isEmpty(), "no examples found in " + EXAMPLES.toAbsolutePath());
            return nn.stream();
        }
    }

    static Script load(Path file) {
        LoadResult loaded = NnScripts.load(file);
        assertTrue(loaded.succeeded(), loaded::formattedDiagnostics);
        return loaded.script();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void float64RunsTheSameInOnnxRuntimeAndImportsBack(Path file) throws Exception {
        Script script = load(file);
        Network network = script.network();
        Exported model = OnnxExport.export(script, Precision.FLOAT64);
        assertEquals(Precision.FLOAT64, model.precision());
        double[][] x = Rounded.inputs(file.getFileName().toString().hashCode(), 50, network.inputCount(), false);
        if (OnnxRuntimeKernelsTest.runsInDouble(network)) {
            double worst = Rounded.worstDifference(network, x, OrtRunner.runExported(model.bytes(), x, Precision.FLOAT64));
            assertTrue(worst <= FLOAT64_TOLERANCE, file + ": worst difference " + worst);
            assertEquals(Precision.FLOAT64, OnnxExport.export(script, Precision.AUTO).precision());
        } else {
            // What docs/interop.md says: no double kernel for this activation, so AUTO picks float32.
            OrtException refused = assertThrows(OrtException.class,
                    () -> OrtRunner.runExported(model.bytes(), x, Precision.FLOAT64));
            assertTrue(refused.getMessage().contains("ORT_NOT_IMPLEMENTED"), refused.getMessage());
            assertEquals(Precision.FLOAT32, OnnxExport.export(script, Precision.AUTO).precision());
        }
        assertEquals(ScriptPrinter.print(Rounded.asExported(network, false)),
                ScriptPrinter.print(OnnxImport.read(model.bytes())));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void float32RunsToFloatRoundingAndImportsBackRounded(Path file) throws Exception {
        Network network = load(file).network();
        Exported model = OnnxExport.export(network, Precision.FLOAT32);
        Network rounded = Rounded.asExported(network, true);
        double[][] x = Rounded.inputs(file.getFileName().toString().hashCode(), 50, network.inputCount(), true);
        double worst = Rounded.worstDifference(rounded, x, OrtRunner.runExported(model.bytes(), x, Precision.FLOAT32));
        assertTrue(worst <= FLOAT32_TOLERANCE, file + ": worst difference " + worst);
        assertEquals(ScriptPrinter.print(rounded), ScriptPrinter.print(OnnxImport.read(model.bytes())));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theDocStringKeepsTheSourceAndMetadataTheNames(Path file) throws Exception {
        Script script = load(file);
        ai.onnx.proto.OnnxMl.ModelProto model = ai.onnx.proto.OnnxMl.ModelProto.parseFrom(
                OnnxExport.export(script, Precision.AUTO).bytes());
        assertEquals(ScriptPrinter.print(script), model.getDocString());
        assertEquals(9, model.getIrVersion());
        assertEquals(20, model.getOpsetImport(0).getVersion());
        assertEquals(String.join(",", script.network().inputNames()), model.getMetadataProps(0).getValue());
        assertEquals(String.join(",", script.network().outputNames()), model.getMetadataProps(1).getValue());
    }
}
