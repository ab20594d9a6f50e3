/**
 * Import: an ONNX model to a core {@code Network}. {@link dev.nnscript.onnx.read.ModelReader}
 * checks the versions and the graph's one input and output; {@code LayerChain} walks the nodes
 * between them and reads each layer's affine part ({@code AffineReader}: Gemm, or MatMul with
 * Transpose and Add) and its activation ({@code ActivationOps}). Tensors are read by
 * {@code TensorValues}, within dsl's size limits, into core's row-major [outputs][inputs] arrays.
 */
package dev.nnscript.onnx.read;
