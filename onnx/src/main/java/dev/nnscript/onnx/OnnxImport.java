package dev.nnscript.onnx;

import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.onnx.format.OnnxException;
import dev.nnscript.onnx.read.ModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * ONNX models to networks, for Java and Groovy users; {@code nnrun import} calls the same. Reads
 * multilayer perceptrons as PyTorch exports them (docs/interop.md says which graphs); anything
 * else is an {@link OnnxException} naming the node and its operator.
 */
public final class OnnxImport {

    /** Larger files are refused before they are read: 10^8 double parameters and room to spare. */
    public static final long MAX_FILE_BYTES = 1L << 30;

    private OnnxImport() {}

    /** The network of serialized ONNX bytes. */
    public static Network read(byte[] bytes) {
        return ModelReader.read(bytes);
    }

    /** The network of an ONNX file. */
    public static Network read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new OnnxException("the file has " + size + " bytes, more than the " + MAX_FILE_BYTES
                    + " an nnscript network can need");
        }
        return read(Files.readAllBytes(file));
    }

    /** The network of an ONNX file as canonical {@code .nn} text. */
    public static String toNn(Path file) throws IOException {
        return ScriptPrinter.print(read(file));
    }
}
