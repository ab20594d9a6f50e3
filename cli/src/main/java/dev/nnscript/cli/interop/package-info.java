/**
 * Exchange formats: {@code nnrun export} and {@code nnrun import} over the onnx module, its
 * refusals turned into invalid-input failures. Only these two commands load it (and with it
 * protobuf); the one-shot run never does.
 */
package dev.nnscript.cli.interop;
