package dev.nnscript.onnx.format;

/** The element type of an exported model's tensors. */
public enum Precision {
    /**
     * DOUBLE tensors when onnxruntime's CPU provider has a double kernel for every operator the
     * network needs, FLOAT otherwise (leaky ReLU, softplus, ELU, GELU and SiLU run in float only).
     */
    AUTO,
    /** DOUBLE tensors: the network's numbers exactly. */
    FLOAT64,
    /** FLOAT tensors: every parameter rounded to the nearest float. */
    FLOAT32
}
