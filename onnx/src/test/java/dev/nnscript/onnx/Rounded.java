package dev.nnscript.onnx;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** What an export keeps of a network, and inputs and comparisons for the tests. */
final class Rounded {

    private Rounded() {}

    /**
     * The network an import of its export should give: with {@code floats} (a FLOAT32 export) every
     * weight, bias and activation parameter rounded to a float (ONNX's attributes are floats);
     * otherwise the network itself (a FLOAT64 export passes parameters as DOUBLE tensors).
     */
    static Network asExported(Network network, boolean floats) {
        List<DenseLayer> layers = new ArrayList<>();
        for (DenseLayer l : network.layers()) {
            double[] w = floats ? toFloat(l.weights()) : l.weights().clone();
            double[] b = floats ? toFloat(l.biases()) : l.biases().clone();
            if (l.isSoftmax()) {
                layers.add(DenseLayer.softmax(l.inputs(), w, b));
                continue;
            }
            Activation[] acts = new Activation[l.outputs()];
            for (int o = 0; o < acts.length; o++) {
                acts[o] = floats ? floatParameters(l.activation(o)) : withoutTrainingChoices(l.activation(o));
            }
            layers.add(DenseLayer.of(l.inputs(), w, b, acts));
        }
        return new Network(network.name(), network.inputNames(), network.outputNames(), layers);
    }

    /** A ReLU's derivative at 0 is a training choice that ONNX does not hold. */
    static Activation withoutTrainingChoices(Activation a) {
        return a instanceof Activations.Relu ? Activations.RELU : a;
    }

    static Activation floatParameters(Activation a) {
        if (a instanceof Activations.LeakyRelu l) {
            return new Activations.LeakyRelu((float) l.slope());
        }
        if (a instanceof Activations.Elu e) {
            return new Activations.Elu((float) e.alpha());
        }
        if (a instanceof Activations.Relu) {
            return Activations.RELU;
        }
        return a;
    }

    static double[] toFloat(double[] v) {
        double[] f = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            f[k] = (float) v[k];
        }
        return f;
    }

    /** {@code rows} seeded rows of {@code width} numbers, normally distributed with deviation 2, floats if asked. */
    static double[][] inputs(long seed, int rows, int width, boolean floats) {
        Random random = new Random(seed);
        double[][] x = new double[rows][width];
        for (double[] row : x) {
            for (int c = 0; c < width; c++) {
                row[c] = 2 * random.nextGaussian();
                if (floats) {
                    row[c] = (float) row[c];
                }
            }
        }
        return x;
    }

    /**
     * Worst difference between nnscript's forward pass and onnxruntime's outputs, relative to the
     * larger of 1 and the expected value's magnitude.
     */
    static double worstDifference(Network network, double[][] x, double[][] actual) {
        double worst = 0;
        for (int r = 0; r < x.length; r++) {
            double[] expected = network.predict(x[r]);
            if (actual[r].length != expected.length) {
                throw new AssertionError("row " + r + ": " + actual[r].length + " outputs, expected " + expected.length);
            }
            for (int c = 0; c < expected.length; c++) {
                double d = Math.abs(actual[r][c] - expected[c]) / Math.max(1.0, Math.abs(expected[c]));
                worst = Double.isNaN(d) ? Double.POSITIVE_INFINITY : Math.max(worst, d);
            }
        }
        return worst;
    }
}
