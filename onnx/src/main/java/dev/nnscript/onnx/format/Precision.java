package dev.nnscript.onnx.format;

/** The element type of an exported model's tensors. */
public enum Precision {
    /**
     * DOUBLE tensors when onnxruntime's CPU provider can run the model on doubles, FLOAT otherwise
     * (a network with a GELU node: onnxruntime runs Erf on floats only).
     */
    AUTO,
    /**
     * DOUBLE tensors: the network's numbers exactly; softplus, leaky ReLU, ELU and SiLU as calls of
     * nnscript's double functions.
     */
    FLOAT64,
    /** FLOAT tensors and only standard operators: every parameter rounded to the nearest float. */
    FLOAT32
}
