package dev.nnscript.onnx.format;

/**
 * A model that cannot be read as an nnscript network, or a network that cannot be written as ONNX.
 * The message names where (the node's name and operator type, the tensor, the field) and what to
 * do; the command line prints it as {@code FILE: error: MESSAGE} and exits with 1.
 */
public final class OnnxException extends RuntimeException {

    public OnnxException(String message) {
        super(message);
    }

    public OnnxException(String message, Throwable cause) {
        super(message, cause);
    }
}
