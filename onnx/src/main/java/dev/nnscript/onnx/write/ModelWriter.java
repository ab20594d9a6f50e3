package dev.nnscript.onnx.write;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.onnx.format.DoubleFunctions;
import dev.nnscript.onnx.format.OnnxFormat;
import dev.nnscript.onnx.format.Precision;
import java.util.ArrayList;
import java.util.List;

/**
 * A network to a serialized ONNX model: the graph ({@link GraphWriter}), IR version and opset
 * ({@link OnnxFormat}), the functions the graph calls ({@link DoubleFunctions}, float64 only), the
 * {@code .nn} source in the model's doc string and the input and output names in its metadata.
 */
public final class ModelWriter {

    private ModelWriter() {}

    /**
     * @param source the canonical {@code .nn} text kept in the doc string
     * @param asked the precision asked for; AUTO picks one ({@link PrecisionChoice})
     */
    public static Exported write(Network network, String source, Precision asked) {
        Precision precision = PrecisionChoice.resolve(asked, network);
        List<String> notes = new ArrayList<>();
        if (asked == Precision.AUTO && precision == Precision.FLOAT32) {
            notes.add("written as float32: onnxruntime has no double kernel for "
                    + PrecisionChoice.floatOnlyUse(network).orElseThrow() + "; --float64 writes doubles anyway");
        } else if (precision == Precision.FLOAT64 && PrecisionChoice.floatOnlyUse(network).isPresent()) {
            notes.add("onnxruntime cannot run this model: it has no double kernel for "
                    + PrecisionChoice.floatOnlyUse(network).orElseThrow() + "; --float32 writes a model it runs");
        }
        if (precision == Precision.FLOAT32) {
            roundedParameter(network).ifPresent(notes::add);
        }
        GraphWriter.Written graph = GraphWriter.write(network, precision);
        ModelProto.Builder model = ModelProto.newBuilder()
                .setIrVersion(OnnxFormat.IR_VERSION)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OnnxFormat.OPSET))
                .setProducerName(OnnxFormat.PRODUCER)
                .setDocString(source)
                .setGraph(graph.graph())
                .addMetadataProps(entry(OnnxFormat.INPUT_NAMES, String.join(",", network.inputNames())))
                .addMetadataProps(entry(OnnxFormat.OUTPUT_NAMES, String.join(",", network.outputNames())));
        if (network.name() != null) {
            model.addMetadataProps(entry(OnnxFormat.NETWORK_NAME, network.name()));
        }
        if (!graph.functions().isEmpty()) {
            model.addOpsetImport(DoubleFunctions.opset());
            graph.functions().forEach(f -> model.addFunctions(DoubleFunctions.definition(f)));
        }
        return new Exported(model.build().toByteArray(), precision, notes);
    }

    /** A note for the first leaky ReLU slope or ELU alpha that a float32 model's float attribute cannot hold exactly. */
    private static java.util.Optional<String> roundedParameter(Network network) {
        for (DenseLayer layer : network.layers()) {
            for (int o = 0; !layer.isSoftmax() && o < layer.outputs(); o++) {
                Activation a = layer.activation(o);
                double p = a instanceof Activations.LeakyRelu l ? l.slope()
                        : a instanceof Activations.Elu e ? e.alpha() : Double.NaN;
                if (!Double.isNaN(p) && (double) (float) p != p) {
                    return java.util.Optional.of(a.name() + "'s parameter " + p + " is written as the float "
                            + (double) (float) p + " (ONNX holds it as a float attribute)");
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static StringStringEntryProto entry(String key, String value) {
        return StringStringEntryProto.newBuilder().setKey(key).setValue(value).build();
    }
}
