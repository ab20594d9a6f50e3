package dev.nnscript.onnx.read;

/**
 * A layer's z = x W^T + b read from the graph, waiting for its activation.
 *
 * @param weights row-major [outputs][inputs], core's layout
 * @param biases one per output
 */
record Affine(int inputs, int outputs, double[] weights, double[] biases) {}
