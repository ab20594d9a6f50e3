package dev.nnscript.dsl.data;

import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.script.LayerUnknowns;
import java.util.Arrays;

/**
 * Min-max scaling of a network's inputs ({@code scale=minmax}): input j becomes
 * u_j = (x_j - min_j) / range_j, with range_j = max_j - min_j taken from the training rows only.
 * A constant column (range 0) is left as it is (min 0, range 1), so nothing divides by zero.
 *
 * <p>The scaling lives in the first layer, so no model ever needs it at prediction time. With
 * z = sum_j w_j x_j + b and x_j = u_j range_j + min_j:
 * <pre>
 *   on scaled inputs:  w_s = w * range,      b_s = b + sum_j w_j * min_j
 *   back to raw:       w'  = w_s / range,    b'  = b_s - sum_j w_s_j * min_j / range_j
 * </pre>
 * Training runs on the scaled network and scaled rows; {@link #toRawInputs} folds the result back,
 * so the saved model takes raw inputs. The conversions are exact in real arithmetic and agree to
 * rounding in doubles.
 */
public final class InputScaling {

    /** Per input: the value that maps to 0, and the width that maps to 1; 0 and 1 when unscaled. */
    private final double[] minimums;
    private final double[] ranges;

    private InputScaling(double[] minimums, double[] ranges) {
        this.minimums = minimums;
        this.ranges = ranges;
    }

    /** No scaling of {@code inputs} inputs. */
    public static InputScaling none(int inputs) {
        double[] ones = new double[inputs];
        Arrays.fill(ones, 1.0);
        return new InputScaling(new double[inputs], ones);
    }

    /** The minimum and range of each input column of {@code rows}. */
    public static InputScaling minMaxOf(Dataset rows) {
        int n = rows.inputCount();
        double[] min = new double[n];
        double[] max = new double[n];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        double[] x = rows.inputs();
        for (int k = 0; k < x.length; k++) {
            min[k % n] = Math.min(min[k % n], x[k]);
            max[k % n] = Math.max(max[k % n], x[k]);
        }
        double[] range = new double[n];
        for (int j = 0; j < n; j++) {
            range[j] = max[j] - min[j];
            if (!(range[j] > 0) || !Double.isFinite(range[j])) {
                // Constant column, or a range beyond a double (max - min overflows): leave it unscaled.
                min[j] = 0.0;
                range[j] = 1.0;
            }
        }
        return new InputScaling(min, range);
    }

    public boolean isIdentity() {
        for (int j = 0; j < ranges.length; j++) {
            if (minimums[j] != 0.0 || ranges[j] != 1.0) {
                return false;
            }
        }
        return true;
    }

    /** Per input, the value that scales to 0 (a copy). */
    public double[] minimums() {
        return minimums.clone();
    }

    /** Per input, max - min, the width that scales to 1 (a copy). */
    public double[] ranges() {
        return ranges.clone();
    }

    /** {@code rows} with scaled inputs (targets shared); {@code rows} itself when nothing scales. */
    public Dataset scale(Dataset rows) {
        if (isIdentity()) {
            return rows;
        }
        double[] x = rows.inputs().clone();
        int n = minimums.length;
        for (int k = 0; k < x.length; k++) {
            x[k] = (x[k] - minimums[k % n]) / ranges[k % n];
        }
        return new Dataset(x, rows.targets(), rows.rows(), rows.inputCount(), rows.outputCount());
    }

    /**
     * The network that, on scaled inputs, gives what {@code raw} gives on raw ones: a copy with its
     * first layer rewritten. Unknown first-layer parameters ({@code unknowns}) were drawn by an
     * initializer made for inputs near 0..1, so they are kept as the scaled network's values.
     */
    public Network toScaledInputs(Network raw, LayerUnknowns unknowns) {
        if (isIdentity()) {
            return raw.copy();
        }
        Network scaled = raw.copy();
        DenseLayer first = scaled.layer(0);
        double[] w = first.weights();
        double[] b = first.biases();
        int n = first.inputs();
        for (int o = 0; o < first.outputs(); o++) {
            double shift = 0.0;
            for (int j = 0; j < n; j++) {
                int k = o * n + j;
                if (unknowns.weight(k)) {
                    // w is already a scaled-space value; its raw value is w / range.
                    shift += w[k] / ranges[j] * minimums[j];
                } else {
                    shift += w[k] * minimums[j];
                    w[k] *= ranges[j];
                }
            }
            if (!unknowns.bias(o)) {
                b[o] += shift;
            }
        }
        return scaled;
    }

    /** The network that, on raw inputs, gives what {@code scaled} gives on scaled ones. */
    public Network toRawInputs(Network scaled) {
        if (isIdentity()) {
            return scaled.copy();
        }
        Network raw = scaled.copy();
        DenseLayer first = raw.layer(0);
        double[] w = first.weights();
        double[] b = first.biases();
        int n = first.inputs();
        for (int o = 0; o < first.outputs(); o++) {
            for (int j = 0; j < n; j++) {
                int k = o * n + j;
                w[k] /= ranges[j];
                b[o] -= w[k] * minimums[j]; // w[k] is now w' = w_s / range
            }
        }
        return raw;
    }
}
