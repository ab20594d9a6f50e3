package dev.nnscript.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.nnscript.onnx.format.OnnxFormat;
import dev.nnscript.onnx.format.Precision;
import java.util.Map;

/** Runs a serialized model in onnxruntime (CPU) on a batch, as a user serving it would. */
final class OrtRunner {

    private static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();

    private OrtRunner() {}

    /** The model's output for {@code rows} ([batch][inputs]) fed as DOUBLE or FLOAT per {@code precision}. */
    static double[][] run(byte[] model, double[][] rows, Precision precision) throws OrtException {
        try (OrtSession session = ENV.createSession(model, new OrtSession.SessionOptions());
                OnnxTensor x = precision == Precision.FLOAT64 ? OnnxTensor.createTensor(ENV, rows)
                        : OnnxTensor.createTensor(ENV, toFloats(rows));
                OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), x))) {
            Object value = result.get(0).getValue();
            if (value instanceof double[][] d) {
                return d;
            }
            float[][] f = (float[][]) value;
            double[][] d = new double[f.length][];
            for (int r = 0; r < f.length; r++) {
                d[r] = new double[f[r].length];
                for (int c = 0; c < f[r].length; c++) {
                    d[r][c] = f[r][c];
                }
            }
            return d;
        }
    }

    /** The same, checking that the input is the tensor nnscript names. */
    static double[][] runExported(byte[] model, double[][] rows, Precision precision) throws OrtException {
        try (OrtSession session = ENV.createSession(model, new OrtSession.SessionOptions())) {
            if (!session.getInputNames().contains(OnnxFormat.INPUT) || !session.getOutputNames().contains(OnnxFormat.OUTPUT)) {
                throw new AssertionError("inputs " + session.getInputNames() + ", outputs " + session.getOutputNames());
            }
        }
        return run(model, rows, precision);
    }

    static float[][] toFloats(double[][] rows) {
        float[][] f = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            f[r] = new float[rows[r].length];
            for (int c = 0; c < rows[r].length; c++) {
                f[r][c] = (float) rows[r][c];
            }
        }
        return f;
    }
}
