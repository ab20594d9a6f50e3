package dev.nnscript.cli.command;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.cli.interop.OnnxFiles;
import dev.nnscript.dsl.files.AtomicFiles;
import dev.nnscript.cli.io.OutputPaths;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nnrun import MODEL.onnx [--out FILE.nn]}: an ONNX multilayer perceptron as a script. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        // One string per paragraph: picocli wraps each at the help width (HelpScreensTest).
        description = {"Read an ONNX model as a .nn script, printed or written to --out.", "",
            "Reads multilayer perceptrons as PyTorch exports them: Gemm, or Transpose+MatMul+Add, per layer;"
                + " Relu, LeakyRelu, Softplus, Sigmoid, Tanh, Elu, Gelu, SiLU (x*Sigmoid(x)), Softmax; Flatten and"
                + " Identity at the edges. Anything else is refused, naming the node and its operator."},
        // Example lines run in order, against the shipped examples, in a test (HelpExamplesTest).
        footerHeading = "%nExamples:%n",
        footer = {"  nnrun export examples/xor.nn --out xor.onnx", "  nnrun import xor.onnx --out xor-again.nn",
            "  nnrun import xor.onnx"})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DebugOption debug;

    @Parameters(paramLabel = "MODEL.onnx", description = "The ONNX model.")
    Path model;

    @Option(names = "--out", paramLabel = "FILE.nn", description = "Write the script here instead of printing it.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (out != null) {
            OutputPaths.problem(out).ifPresent(problem -> {
                throw new ParameterException(spec.commandLine(), problem);
            });
            if (OutputPaths.sameFile(out, model)) {
                throw new ParameterException(spec.commandLine(),
                        "--out " + out + " is the model itself; name another file for the script");
            }
        }
        String text = OnnxFiles.importText(model);
        if (out != null) {
            AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
