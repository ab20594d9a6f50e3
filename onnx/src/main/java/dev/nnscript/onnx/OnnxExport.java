package dev.nnscript.onnx;

import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.onnx.format.Precision;
import dev.nnscript.onnx.write.Exported;
import dev.nnscript.onnx.write.ModelWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Networks to ONNX models, for Java and Groovy users; {@code nnrun export} calls the same.
 *
 * <pre>{@code
 * Exported model = OnnxExport.export(NnScripts.load(Path.of("xor.nn")).script(), Precision.AUTO);
 * Files.write(Path.of("xor.onnx"), model.bytes());
 * }</pre>
 *
 * The graph is one [batch, inputs] tensor {@code input} to one [batch, outputs] tensor
 * {@code output}, columns in the {@code .nn} order; see docs/interop.md for the nodes.
 */
public final class OnnxExport {

    private OnnxExport() {}

    /** The script's network, with the script's canonical text in the model's doc string. */
    public static Exported export(Script script, Precision precision) {
        return ModelWriter.write(script.network(), ScriptPrinter.print(script), precision);
    }

    /** A network, with its canonical {@code .nn} text in the model's doc string. */
    public static Exported export(Network network, Precision precision) {
        return ModelWriter.write(network, ScriptPrinter.print(network), precision);
    }

    /** Writes the script's network to {@code file} ({@link Precision#AUTO}); returns what was written. */
    public static Exported write(Script script, Path file) throws IOException {
        Exported model = export(script, Precision.AUTO);
        Files.write(file, model.bytes());
        return model;
    }
}
