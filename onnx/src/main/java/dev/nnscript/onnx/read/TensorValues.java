package dev.nnscript.onnx.read;

import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import dev.nnscript.dsl.spec.Limits;
import dev.nnscript.onnx.format.OnnxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Constant tensors as Java arrays. FLOAT and DOUBLE tensors become doubles (a float becomes the
 * double of exactly that float), from {@code raw_data} (little-endian) or the typed fields. Shapes
 * are checked against dsl's {@link Limits} before anything is allocated, so a tensor claiming
 * 10^12 entries is refused, not an OutOfMemoryError.
 */
final class TensorValues {

    private TensorValues() {}

    /** The entries of a FLOAT or DOUBLE tensor, row-major, checked to have {@code count} of them. */
    static double[] reals(TensorProto t, long count) {
        checkStored(t);
        int n = checkedCount(t, count);
        double[] values = new double[n];
        if (t.getDataType() == DataType.DOUBLE.getNumber()) {
            if (!t.getRawData().isEmpty()) {
                raw(t, n, 8).asDoubleBuffer().get(values);
            } else {
                typedCount(t, t.getDoubleDataCount(), n);
                for (int k = 0; k < n; k++) {
                    values[k] = t.getDoubleData(k);
                }
            }
        } else if (t.getDataType() == DataType.FLOAT.getNumber()) {
            if (!t.getRawData().isEmpty()) {
                ByteBuffer b = raw(t, n, 4);
                for (int k = 0; k < n; k++) {
                    values[k] = b.getFloat(4 * k);
                }
            } else {
                typedCount(t, t.getFloatDataCount(), n);
                for (int k = 0; k < n; k++) {
                    values[k] = t.getFloatData(k);
                }
            }
        } else {
            throw new OnnxException("tensor '" + t.getName() + "' holds " + typeName(t.getDataType())
                    + " numbers; only FLOAT and DOUBLE weights can be imported");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new OnnxException("tensor '" + t.getName() + "' holds " + v + "; weights must be finite");
            }
        }
        return values;
    }

    /** The entries of an INT64 tensor of {@code count} entries (split sizes). */
    static long[] longs(TensorProto t, long count) {
        checkStored(t);
        int n = checkedCount(t, count);
        if (t.getDataType() != DataType.INT64.getNumber()) {
            throw new OnnxException("tensor '" + t.getName() + "' holds " + typeName(t.getDataType())
                    + " numbers where INT64 sizes were expected");
        }
        long[] values = new long[n];
        if (!t.getRawData().isEmpty()) {
            raw(t, n, 8).asLongBuffer().get(values);
        } else {
            typedCount(t, t.getInt64DataCount(), n);
            for (int k = 0; k < n; k++) {
                values[k] = t.getInt64Data(k);
            }
        }
        return values;
    }

    /** The product of the dims, each checked to be within dsl's limits. */
    static long entries(TensorProto t) {
        long n = 1;
        for (long d : t.getDimsList()) {
            if (d < 0 || d > Limits.MAX_LAYER_WIDTH) {
                throw new OnnxException("tensor '" + t.getName() + "' has a dimension of " + d
                        + "; nnscript reads dimensions from 0 to " + Limits.MAX_LAYER_WIDTH);
            }
            n *= d;
            if (n > Limits.MAX_PARAMETERS) {
                throw new OnnxException("tensor '" + t.getName() + "' has more than " + Limits.MAX_PARAMETERS
                        + " entries, more than a network may have");
            }
        }
        return n;
    }

    private static int checkedCount(TensorProto t, long count) {
        long n = entries(t);
        if (n != count) {
            throw new OnnxException("tensor '" + t.getName() + "' has shape " + t.getDimsList() + " (" + n
                    + " entries) where " + count + " were expected");
        }
        return (int) n;
    }

    private static void checkStored(TensorProto t) {
        if (t.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
            throw new OnnxException("tensor '" + t.getName() + "' is stored in an external file;"
                    + " save the model with its weights inside (onnx.save(..., save_as_external_data=False))");
        }
    }

    private static ByteBuffer raw(TensorProto t, int n, int width) {
        if (t.getRawData().size() != (long) n * width) {
            throw new OnnxException("tensor '" + t.getName() + "' has " + t.getRawData().size()
                    + " bytes of data where " + (long) n * width + " were expected");
        }
        return t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void typedCount(TensorProto t, int stored, int n) {
        if (stored != n) {
            throw new OnnxException("tensor '" + t.getName() + "' holds " + stored + " numbers where " + n
                    + " were expected");
        }
    }

    static String typeName(int dataType) {
        DataType type = DataType.forNumber(dataType);
        return type == null ? "type-" + dataType : type.name();
    }
}
