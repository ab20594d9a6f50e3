package dev.nnscript.cli.interop;

import dev.nnscript.cli.failure.InvalidInputException;
import dev.nnscript.cli.text.Counts;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.diagnostic.PrintableText;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.source.FileErrors;
import dev.nnscript.onnx.OnnxExport;
import dev.nnscript.onnx.OnnxImport;
import dev.nnscript.onnx.format.OnnxException;
import dev.nnscript.onnx.format.OnnxFormat;
import dev.nnscript.onnx.format.Precision;
import dev.nnscript.onnx.write.Exported;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code nnrun export} and {@code nnrun import} do below picocli: the onnx module's calls,
 * with its refusals turned into the command line's invalid-input failure ({@code FILE: error:
 * MESSAGE}, exit 1).
 */
public final class OnnxFiles {

    private OnnxFiles() {}

    /** The script's network as ONNX bytes, and lines telling the user what was written. */
    public record Export(byte[] bytes, List<String> report) {}

    public static Export export(Script script, Precision precision, Path out) {
        Exported model = OnnxExport.export(script, precision);
        Network network = script.network();
        List<String> report = new ArrayList<>();
        report.add("wrote " + out + ": " + Counts.of(network.inputCount(), "input") + ", "
                + Counts.of(network.layers().size(), "layer") + ", " + Counts.of(network.parameterCount(), "parameter")
                + ", " + (model.precision() == Precision.FLOAT64 ? "float64" : "float32")
                + ", IR version " + OnnxFormat.IR_VERSION + ", opset " + OnnxFormat.OPSET);
        report.add("columns: " + OnnxFormat.INPUT + " = [" + String.join(", ", network.inputNames()) + "], "
                + OnnxFormat.OUTPUT + " = [" + String.join(", ", network.outputNames()) + "]");
        for (String note : model.notes()) {
            report.add("note: " + note);
        }
        if (script.hasUnknowns()) {
            report.add("note: the script has " + script.unknownCount() + " unknown (?) parameters, written as drawn"
                    + " from its seed; train first (nnrun train FILE --out trained.nn) to export learned ones");
        }
        return new Export(model.bytes(), report);
    }

    /** The model in {@code file} as canonical {@code .nn} text. */
    public static String importText(Path file) {
        try {
            return ScriptPrinter.print(OnnxImport.read(file));
        } catch (NoSuchFileException e) {
            throw invalid(file, "file not found");
        } catch (IOException e) {
            throw invalid(file, "cannot read the file: " + FileErrors.reason(e));
        } catch (OnnxException e) {
            throw invalid(file, e.getMessage());
        }
    }

    private static InvalidInputException invalid(Path file, String message) {
        return new InvalidInputException(PrintableText.of(file + ": error: " + message));
    }
}
