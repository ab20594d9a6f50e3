package dev.nnscript.onnx.write;

import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import com.google.protobuf.ByteString;
import dev.nnscript.onnx.format.Precision;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Initializer tensors. Numbers go into {@code raw_data}, little-endian as the ONNX spec says, the
 * compact form every runtime reads; FLOAT tensors hold each double rounded to the nearest float.
 */
final class Tensors {

    private Tensors() {}

    /** A DOUBLE or FLOAT tensor named {@code name} of shape {@code dims} holding {@code values}. */
    static TensorProto real(String name, double[] values, Precision precision, long... dims) {
        boolean wide = precision == Precision.FLOAT64;
        ByteBuffer bytes = ByteBuffer.allocate(values.length * (wide ? 8 : 4)).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            if (wide) {
                bytes.putDouble(v);
            } else {
                bytes.putFloat((float) v);
            }
        }
        return TensorProto.newBuilder().setName(name)
                .setDataType((wide ? DataType.DOUBLE : DataType.FLOAT).getNumber())
                .addAllDims(java.util.Arrays.stream(dims).boxed().toList())
                .setRawData(ByteString.copyFrom(bytes.array())).build();
    }

    /** A one-dimensional INT64 tensor (split sizes). */
    static TensorProto int64(String name, long[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            bytes.putLong(v);
        }
        return TensorProto.newBuilder().setName(name).setDataType(DataType.INT64.getNumber())
                .addDims(values.length).setRawData(ByteString.copyFrom(bytes.array())).build();
    }

    /** The tensor element type number for {@code precision} (FLOAT64 or FLOAT32). */
    static int elementType(Precision precision) {
        return (precision == Precision.FLOAT64 ? DataType.DOUBLE : DataType.FLOAT).getNumber();
    }
}
