package dev.nnscript.onnx.write;

import dev.nnscript.onnx.format.Precision;
import java.util.List;

/**
 * An exported model.
 *
 * @param bytes the serialized {@code ModelProto}
 * @param precision FLOAT64 or FLOAT32, what the tensors hold
 * @param notes what a user should know about the export (a precision chosen for them, a parameter
 *     rounded to a float), one sentence each; empty when there is nothing to say
 */
public record Exported(byte[] bytes, Precision precision, List<String> notes) {

    public Exported {
        bytes = bytes.clone();
        notes = List.copyOf(notes);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
