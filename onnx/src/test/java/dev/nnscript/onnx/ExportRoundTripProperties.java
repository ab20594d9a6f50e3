package dev.nnscript.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.onnx.format.Precision;
import org.junit.jupiter.api.Test;

/**
 * For generated networks: onnxruntime computes what nnscript computes (float64: within 1e-12 of
 * max(1, |value|); float32: within 1e-5 on float inputs and weights), and import(export(x)) prints
 * as x does (after the float rounding the export makes).
 */
class ExportRoundTripProperties {

    @Test
    void float64ExportsRunAsNnscriptAndImportBack() {
        qt().withExamples(150).withFixedSeed(16).forAll(GeneratedNetworks.networks(GeneratedNetworks.DOUBLE_RUNNABLE))
                .checkAssert(network -> check(network, Precision.FLOAT64, ExamplesRoundTripTest.FLOAT64_TOLERANCE));
    }

    @Test
    void float32ExportsRunToFloatRoundingAndImportBack() {
        qt().withExamples(150).withFixedSeed(32).forAll(GeneratedNetworks.networks(GeneratedNetworks.ALL))
                .checkAssert(network -> check(network, Precision.FLOAT32, ExamplesRoundTripTest.FLOAT32_TOLERANCE));
    }

    private static void check(Network network, Precision precision, double tolerance) {
        byte[] model = OnnxExport.export(network, precision).bytes();
        boolean floats = precision == Precision.FLOAT32;
        Network expected = Rounded.asExported(network, floats);
        double[][] x = Rounded.inputs(network.hashCode(), 20, network.inputCount(), floats);
        double worst;
        try {
            worst = Rounded.worstDifference(expected, x, OrtRunner.runExported(model, x, precision));
        } catch (ai.onnxruntime.OrtException e) {
            throw new AssertionError(ScriptPrinter.print(network), e);
        }
        assertTrue(worst <= tolerance, () -> "worst difference " + worst + " for\n" + ScriptPrinter.print(network));
        assertEquals(ScriptPrinter.print(expected), ScriptPrinter.print(OnnxImport.read(model)));
    }
}
