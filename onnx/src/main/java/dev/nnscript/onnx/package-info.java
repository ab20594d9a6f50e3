/**
 * ONNX export and import of nnscript networks: {@link dev.nnscript.onnx.OnnxExport} and
 * {@link dev.nnscript.onnx.OnnxImport}, the entry points. Below them: {@code format} (versions,
 * names, the exception; a leaf), {@code write} (export) and {@code read} (import). The module holds
 * protobuf and the ONNX classes so that core and dsl users never get them; {@code nnrun}'s
 * one-shot run never loads this package.
 */
package dev.nnscript.onnx;
