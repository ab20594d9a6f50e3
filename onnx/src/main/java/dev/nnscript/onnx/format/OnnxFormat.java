package dev.nnscript.onnx.format;

/**
 * The ONNX versions nnscript writes and reads, and the names both directions share.
 *
 * <p>Written models declare IR version 9 and the default-domain opset 20 (ONNX 1.15, the first with
 * a {@code Gelu} operator). Readers accept what PyTorch and other exporters commonly write: IR
 * versions 3 to 11 and default-domain opsets 9 to 23.
 */
public final class OnnxFormat {

    /** The ONNX IR version written. */
    public static final long IR_VERSION = 9;
    /** The default-domain operator set written. */
    public static final long OPSET = 20;

    public static final long MIN_IR_VERSION = 3;
    public static final long MAX_IR_VERSION = 11;
    public static final long MIN_OPSET = 9;
    public static final long MAX_OPSET = 23;

    /** The graph's one input tensor, [batch, inputs], columns in the {@code .nn} input order. */
    public static final String INPUT = "input";
    /** The graph's one output tensor, [batch, outputs], columns in the {@code .nn} output order. */
    public static final String OUTPUT = "output";

    /** Metadata key: the {@code .nn} input names, comma separated, in column order. */
    public static final String INPUT_NAMES = "nnscript.inputs";
    /** Metadata key: the {@code .nn} output names, comma separated, in column order. */
    public static final String OUTPUT_NAMES = "nnscript.outputs";
    /** Metadata key: the network's display name, when it has one. */
    public static final String NETWORK_NAME = "nnscript.network";

    public static final String PRODUCER = "nnscript";

    private OnnxFormat() {}
}
