package dev.nnscript.onnx.read;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.spec.Limits;
import dev.nnscript.onnx.format.OnnxException;
import dev.nnscript.onnx.format.OnnxFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Serialized ONNX bytes to a core network: the model's versions are checked, then its one input,
 * its one output and the chain of layers between them ({@link LayerChain}). Every refusal is an
 * {@link OnnxException} naming the node, tensor or field.
 */
public final class ModelReader {

    private ModelReader() {}

    public static Network read(byte[] bytes) {
        ModelProto model = parse(bytes);
        checkVersions(model);
        if (!model.hasGraph()) {
            throw new OnnxException("the model has no graph");
        }
        GraphProto graph = model.getGraph();
        GraphIndex index = new GraphIndex(graph, model.getFunctionsList());
        ValueInfoProto input = single(dataInputs(graph, index), "input");
        ValueInfoProto output = single(graph.getOutputList(), "output");
        int width = columns(input);
        List<DenseLayer> layers = LayerChain.read(index, input.getName(), width, output.getName());
        Map<String, String> metadata = new HashMap<>();
        for (StringStringEntryProto e : model.getMetadataPropsList()) {
            metadata.put(e.getKey(), e.getValue());
        }
        int outputs = layers.get(layers.size() - 1).outputs();
        String name = metadata.get(OnnxFormat.NETWORK_NAME);
        return new Network(name == null || name.contains("\n") || name.contains("\r") ? null : name,
                ImportedNames.inputs(metadata, OnnxFormat.INPUT_NAMES, input.getName(), width),
                ImportedNames.outputs(metadata, OnnxFormat.OUTPUT_NAMES, output.getName(), outputs), layers);
    }

    private static ModelProto parse(byte[] bytes) {
        try {
            return ModelProto.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new OnnxException("not an ONNX model (the bytes are not a complete ModelProto: "
                    + e.getMessage() + "); is the file truncated?");
        }
    }

    private static void checkVersions(ModelProto model) {
        long ir = model.getIrVersion();
        if (ir < OnnxFormat.MIN_IR_VERSION || ir > OnnxFormat.MAX_IR_VERSION) {
            throw new OnnxException("ir_version " + ir + " is outside what nnscript reads (" + OnnxFormat.MIN_IR_VERSION
                    + " to " + OnnxFormat.MAX_IR_VERSION + ")" + (ir == 0 ? "; is this an ONNX model at all?" : ""));
        }
        boolean found = false;
        for (OperatorSetIdProto opset : model.getOpsetImportList()) {
            if (opset.getDomain().isEmpty() || opset.getDomain().equals("ai.onnx")) {
                found = true;
                long v = opset.getVersion();
                if (v < OnnxFormat.MIN_OPSET || v > OnnxFormat.MAX_OPSET) {
                    throw new OnnxException("opset " + v + " is outside what nnscript reads (" + OnnxFormat.MIN_OPSET
                            + " to " + OnnxFormat.MAX_OPSET + "); export with opset_version in that range");
                }
            }
        }
        if (!found) {
            throw new OnnxException("the model imports no default-domain opset (opset_import is empty)");
        }
    }

    /** Graph inputs that are not initializers (models before IR 4 list initializers as inputs too). */
    private static List<ValueInfoProto> dataInputs(GraphProto graph, GraphIndex index) {
        List<ValueInfoProto> inputs = new ArrayList<>();
        for (ValueInfoProto v : graph.getInputList()) {
            if (!index.isConstant(v.getName())) {
                inputs.add(v);
            }
        }
        return inputs;
    }

    private static ValueInfoProto single(List<ValueInfoProto> values, String what) {
        if (values.size() != 1) {
            List<String> names = values.stream().map(ValueInfoProto::getName).toList();
            throw new OnnxException("the graph has " + values.size() + " " + what + "s " + names
                    + "; nnscript reads one " + what + " tensor of shape [batch, columns]");
        }
        return values.get(0);
    }

    /** The number of columns of the [batch, columns] input; refuses other shapes and element types. */
    private static int columns(ValueInfoProto input) {
        String name = "input '" + input.getName() + "'";
        TypeProto type = input.getType();
        if (!type.hasTensorType()) {
            throw new OnnxException(name + " is not a tensor");
        }
        int elem = type.getTensorType().getElemType();
        if (elem != DataType.FLOAT.getNumber() && elem != DataType.DOUBLE.getNumber()) {
            throw new OnnxException(name + " holds " + TensorValues.typeName(elem) + "; nnscript reads FLOAT or DOUBLE");
        }
        TensorShapeProto shape = type.getTensorType().getShape();
        if (!type.getTensorType().hasShape() || shape.getDimCount() != 2) {
            throw new OnnxException(name + " has " + (type.getTensorType().hasShape() ? shape.getDimCount() + " dimensions"
                    : "no shape") + "; nnscript reads [batch, columns] with a fixed number of columns");
        }
        TensorShapeProto.Dimension columns = shape.getDim(1);
        if (!columns.hasDimValue()) {
            throw new OnnxException(name + " has a dynamic number of columns ('" + columns.getDimParam()
                    + "'); nnscript needs it fixed: export with a concrete feature size");
        }
        long n = columns.getDimValue();
        if (n < 1 || n > Limits.MAX_LAYER_WIDTH) {
            throw new OnnxException(name + " has " + n + " columns; nnscript reads 1 to " + Limits.MAX_LAYER_WIDTH);
        }
        return (int) n;
    }
}
