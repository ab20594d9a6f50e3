package dev.nnscript.cli.command;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.cli.interop.OnnxFiles;
import dev.nnscript.cli.io.OutputPaths;
import dev.nnscript.cli.script.ScriptFiles;
import dev.nnscript.dsl.files.AtomicFiles;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.onnx.format.Precision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nnrun export FILE [--out MODEL.onnx]}: the script's network as an ONNX model. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        // One string per paragraph: picocli wraps each at the help width (HelpScreensTest).
        description = {"Write a script's network as an ONNX model, for onnxruntime, Netron and other ONNX tools.", "",
            "The graph reads one tensor 'input' [batch, inputs] and writes one tensor 'output' [batch, outputs],"
                + " columns in the script's order (also in the model's metadata); each layer is a Gemm and its"
                + " activation. IR version 9, opset 20. The script's text is kept in the model's doc string.", "",
            "Tensors are float64 (softplus, leaky_relu, elu and silu as functions onnxruntime runs on doubles)"
                + " unless the network uses gelu, which onnxruntime runs only in float32; --float32 and --float64"
                + " choose."},
        // Example lines run against the shipped examples in a test (HelpExamplesTest).
        footerHeading = "%nExamples:%n",
        footer = {"  nnrun export examples/xor.nn --out xor.onnx", "  nnrun export examples/iris.nn --out iris.onnx --float32"})
final class ExportCommand implements Callable<Integer> {

    private final ScriptFiles scripts;

    @Mixin
    ScriptOptions common;

    @Option(names = "--out", paramLabel = "MODEL.onnx",
            description = "Where to write the model (default: FILE with .onnx in place of .nn).")
    Path out;

    @ArgGroup(exclusive = true)
    PrecisionFlags precision = new PrecisionFlags();

    /** --float32 or --float64, at most one. */
    static final class PrecisionFlags {
        @Option(names = "--float32", description = "FLOAT tensors: every parameter rounded to the nearest float.")
        boolean float32;

        @Option(names = "--float64", description = "DOUBLE tensors, even where onnxruntime has no double kernel.")
        boolean float64;

        Precision value() {
            return float32 ? Precision.FLOAT32 : float64 ? Precision.FLOAT64 : Precision.AUTO;
        }
    }

    ExportCommand(ScriptFiles scripts) {
        this.scripts = scripts;
    }

    @Override
    public Integer call() throws IOException {
        Path file = common.file();
        Path target = out != null ? out : defaultTarget(file);
        OutputPaths.problem(target).ifPresent(problem -> {
            throw common.usage(problem);
        });
        if (OutputPaths.sameFile(target, file)) {
            throw common.usage("--out " + target + " is the script itself; name another file for the model");
        }
        Script script = scripts.load(file, common.err());
        Optional<Path> data = script.csvDataFile();
        if (data.isPresent() && OutputPaths.sameFile(target, data.get())) {
            throw common.usage("--out " + target + " is the script's data file (" + data.get()
                    + "); name another file for the model");
        }
        OnnxFiles.Export export = OnnxFiles.export(script, precision.value(), target);
        AtomicFiles.write(target, export.bytes());
        export.report().forEach(common.out()::println);
        common.out().flush();
        return ExitCodes.OK;
    }

    private static Path defaultTarget(Path file) {
        String name = file.getFileName() == null ? "model" : file.getFileName().toString();
        String base = name.endsWith(".nn") ? name.substring(0, name.length() - 3) : name;
        return file.resolveSibling(base + ".onnx");
    }
}
