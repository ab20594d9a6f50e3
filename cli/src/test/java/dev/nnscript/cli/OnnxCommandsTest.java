package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.print.ScriptPrinter;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code nnrun export} and {@code nnrun import}, black box: exit codes, output, files. */
class OnnxCommandsTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final Path FIXTURES = Path.of("..", "onnx", "src", "test", "resources", "fixtures");

    @TempDir
    Path folder;

    @Test
    void exportWritesAModelAndImportGivesTheSameScriptBack() throws IOException {
        Path script = Files.copy(EXAMPLES.resolve("xor.nn"), folder.resolve("xor.nn"));
        Path model = folder.resolve("xor.onnx");
        CliRun export = CliRun.of("export", script.toString(), "--out", model.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.out().startsWith("wrote " + model + ": 2 inputs, "), export.out());
        assertTrue(export.out().contains("float64, IR version 9, opset 20"), export.out());
        assertTrue(export.out().contains("note: the script has 17 unknown (?) parameters, written as drawn from its"
                + " seed; train first"), export.out());
        assertEquals("", export.err());
        CliRun imported = CliRun.of("import", model.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(ScriptPrinter.print(NnScripts.load(script).script().network()), imported.out());
    }

    @Test
    void exportDefaultsToTheScriptsNameAndSaysWhyFloat32() throws IOException {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        Files.writeString(script, Files.readString(script).replace("hidden relu w=1.70", "hidden gelu w=1.70"));
        CliRun export = CliRun.of("export", script.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(Files.size(folder.resolve("relu-in-action.onnx")) > 100);
        assertTrue(export.out().contains("float32"), export.out());
        assertTrue(export.out().contains("note: written as float32: onnxruntime has no double kernel for gelu"
                + " (layer 1); --float64 writes doubles anyway"), export.out());
    }

    @Test
    void anImportedPyTorchModelRunsTracesPlotsTrainsAndExportsAgain() throws IOException {
        Path nn = folder.resolve("torch.nn");
        CliRun imported = CliRun.of("import", FIXTURES.resolve("gemm_flatten_tanh_sigmoid.onnx").toString(),
                "--out", nn.toString());
        assertEquals(new CliRun(0, "", ""), imported);
        CliRun run = CliRun.of(nn.toString(), "--input", "0.5,-1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("y = "), run.out());
        CliRun trace = CliRun.of(nn.toString(), "--input", "0.5,-1", "--trace");
        assertEquals(0, trace.exitCode(), trace.err());
        assertTrue(trace.out().length() > run.out().length(), trace.out());
        CliRun plot = CliRun.of("plot", nn.toString(), "--out", folder.resolve("plot.svg").toString());
        assertEquals(0, plot.exitCode(), plot.err());
        assertTrue(Files.readString(folder.resolve("plot.svg")).contains("<svg"));
        Path data = Files.writeString(folder.resolve("rows.csv"), "x1,x2,y\n0,1,0\n1,0,1\n2,2,1\n-1,-2,0\n");
        Path trainedFile = folder.resolve("trained.nn");
        CliRun trained = CliRun.of("train", nn.toString(), "--data", data.toString(), "--epochs", "5",
                "--out", trainedFile.toString());
        assertEquals(0, trained.exitCode(), trained.err());
        CliRun again = CliRun.of("export", trainedFile.toString(), "--out", folder.resolve("again.onnx").toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("float64"), again.out());
    }

    @Test
    void badModelsEndInOneLineAndExitOne() throws IOException {
        byte[] good = Files.readAllBytes(FIXTURES.resolve("gemm_relu_softmax.onnx"));
        Path truncated = Files.write(folder.resolve("truncated.onnx"), Arrays.copyOf(good, good.length / 2));
        CliRun run = CliRun.of("import", truncated.toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(truncated + ": error: not an ONNX model (the bytes are not a complete ModelProto"),
                run.err());
        assertTrue(run.err().endsWith("is the file truncated?\n"), run.err());
        CliRun gelu = CliRun.of("import", FIXTURES.resolve("gemm_gelu_refused.onnx").toString());
        assertEquals(1, gelu.exitCode());
        assertTrue(gelu.err().contains(": error: node '/1/Div' (Div): not an operator nnscript imports; it reads Gemm,"),
                gelu.err());
        CliRun missing = CliRun.of("import", folder.resolve("none.onnx").toString());
        assertEquals(new CliRun(1, "", folder.resolve("none.onnx") + ": error: file not found\n"), missing);
        Path text = Files.writeString(folder.resolve("text.onnx"), "input x\noutput y relu w=1 b=0\n");
        assertEquals(1, CliRun.of("import", text.toString()).exitCode());
        assertFalse(Files.exists(folder.resolve("text.nn")));
    }

    /** The xor example's export, changed as a damaged or foreign model would be. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dynamic | input 'input' has a dynamic number of columns ('features'); nnscript needs it fixed: export with a"
            + " concrete feature size",
        "huge | tensor 'layer1.weight' has a dimension of 3000000000; nnscript reads dimensions from 0 to 10000000",
        "opset | opset 99 is outside what nnscript reads (9 to 23); export with opset_version in that range",
        "operator | node 'layer1.tanh' (Conv): not an operator nnscript imports; it reads Gemm, MatMul (with Transpose"
            + " and Add), Flatten, Identity, Relu, LeakyRelu, Softplus, Sigmoid, Tanh, Elu, Gelu, SiLU as x*Sigmoid(x),"
            + " Softmax, Split/Concat of activations, and nnscript's own double functions",
    })
    void badModelsExitOneWithTheirMessage(String damage, String message) throws IOException {
        Path script = Files.copy(EXAMPLES.resolve("xor.nn"), folder.resolve("xor.nn"));
        Path model = folder.resolve("xor.onnx");
        assertEquals(0, CliRun.of("export", script.toString(), "--out", model.toString()).exitCode());
        ModelProto.Builder m = ModelProto.parseFrom(Files.readAllBytes(model)).toBuilder();
        GraphProto.Builder g = m.getGraphBuilder();
        switch (damage) {
            case "dynamic" -> g.getInputBuilder(0).getTypeBuilder().getTensorTypeBuilder().getShapeBuilder()
                    .getDimBuilder(1).clearDimValue().setDimParam("features");
            case "huge" -> g.getInitializerBuilder(0).setDims(0, 3_000_000_000L);
            case "opset" -> m.getOpsetImportBuilder(0).setVersion(99);
            default -> g.getNodeBuilder(1).setOpType("Conv");
        }
        Files.write(model, m.build().toByteArray());
        Path out = folder.resolve("xor-again.nn");
        CliRun run = CliRun.of("import", model.toString(), "--out", out.toString());
        assertEquals(new CliRun(1, "", model + ": error: " + message + "\n"), run);
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void outMayNotBeTheInput() throws IOException {
        Path script = Files.copy(EXAMPLES.resolve("xor.nn"), folder.resolve("xor.nn"));
        CliRun run = CliRun.of("export", script.toString(), "--out", script.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("nnrun: --out " + script + " is the script itself"), run.err());
        assertTrue(Files.readString(script).startsWith("#"), "the script is untouched");
        CliRun both = CliRun.of("export", script.toString(), "--float32", "--float64");
        assertEquals(2, both.exitCode());
    }

    @Test
    void outMayNotBeTheScriptsDataFile() throws IOException {
        Path data = Files.writeString(folder.resolve("rows.csv"), "a,b,xor\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
        Path script = Files.writeString(folder.resolve("xor.nn"), "input a, b\nhidden 2 tanh\noutput xor sigmoid\n"
                + "data \"rows.csv\"\n");
        String before = Files.readString(data);
        // By another spelling of the same file: the check compares files, not names.
        Path sameFile = folder.resolve(".").resolve("rows.csv");
        CliRun run = CliRun.of("export", script.toString(), "--out", sameFile.toString());
        assertEquals(new CliRun(2, "", "nnrun: --out " + sameFile + " is the script's data file ("
                + data + "); name another file for the model\nTry 'nnrun export --help' for more information.\n"), run);
        assertEquals(before, Files.readString(data), "the data are untouched");
    }
}
