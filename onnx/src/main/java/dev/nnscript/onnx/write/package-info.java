/**
 * Export: a core {@code Network} to an ONNX {@code ModelProto}. {@link dev.nnscript.onnx.write.GraphWriter}
 * lays out the nodes (Gemm per layer, one node per activation, Split/Concat for layers whose nodes
 * differ), {@link dev.nnscript.onnx.write.ModelWriter} the model around it. Weight arrays keep
 * core's row-major [outputs][inputs] layout, which is ONNX's [outputs, inputs] with transB=1.
 */
package dev.nnscript.onnx.write;
