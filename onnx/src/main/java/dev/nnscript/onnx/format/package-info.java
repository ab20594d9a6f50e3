/**
 * What export and import agree on: the IR version and opset written, the range read, the graph's
 * tensor names and the metadata keys that carry the {@code .nn} names, the precision choice, nnscript's
 * double functions and the one exception type. A leaf: depends on nothing
 * else in the module.
 */
package dev.nnscript.onnx.format;
