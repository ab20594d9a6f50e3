package dev.nnscript.core.gradient;

import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks backpropagation against central differences, parameter by parameter, on a batch
 * x [rows][inputs], y [rows][outputs]. Every parameter is restored bit for bit afterwards.
 */
public final class GradientCheck {

    private final Backpropagation backprop;
    private final double[] x;
    private final double[] y;
    private final int rows;
    private final Loss loss;
    private final double step;
    private final double tolerance;

    private GradientCheck(Network network, double[] x, double[] y, int rows, Loss loss, double step,
            double tolerance) {
        this.backprop = new Backpropagation(network, rows);
        this.x = x;
        this.y = y;
        this.rows = rows;
        this.loss = loss;
        this.step = step;
        this.tolerance = tolerance;
    }

    /**
     * @param step h, the central-difference half-width (1e-6 suits doubles of order 1)
     * @param tolerance agreement needed: |analytic - numeric| <= tolerance * max(1, |analytic|, |numeric|)
     */
    public static GradientCheckReport check(Network network, double[] x, double[] y, int rows, Loss loss,
            double step, double tolerance) {
        return new GradientCheck(network, x, y, rows, loss, step, tolerance).run(network);
    }

    private GradientCheckReport run(Network network) {
        backprop.compute(x, y, rows, loss);
        boolean[][] bendNodes = bendNodes(network, backprop.trace(), rows);
        boolean[] bendFrom = bendFromLayer(bendNodes);
        List<ParameterCheck> checks = new ArrayList<>();
        for (int l = 0; l < network.layers().size(); l++) {
            double[] w = network.layer(l).weights();
            double[] gw = backprop.gradients().weights(l);
            int inputs = network.layer(l).inputs();
            for (int k = 0; k < w.length; k++) {
                boolean bend = bendNodes[l][k / inputs] || bendFrom[l + 1];
                checks.add(checkOne(w, k, gw[k], bend, l, false));
            }
            double[] b = network.layer(l).biases();
            double[] gb = backprop.gradients().biases(l);
            for (int k = 0; k < b.length; k++) {
                boolean bend = bendNodes[l][k] || bendFrom[l + 1];
                checks.add(checkOne(b, k, gb[k], bend, l, true));
            }
        }
        return new GradientCheckReport(checks);
    }

    private ParameterCheck checkOne(double[] params, int k, double analytic, boolean onBend, int layer,
            boolean isBias) {
        double saved = params[k];
        params[k] = saved + step;
        double plus = backprop.loss(x, y, rows, loss);
        params[k] = saved - step;
        double minus = backprop.loss(x, y, rows, loss);
        params[k] = saved;
        double numeric = (plus - minus) / (2.0 * step);
        double scale = Math.max(1.0, Math.max(Math.abs(analytic), Math.abs(numeric)));
        ParameterCheck.Status status = onBend ? ParameterCheck.Status.ON_BEND
                : Math.abs(analytic - numeric) <= tolerance * scale ? ParameterCheck.Status.OK
                : ParameterCheck.Status.MISMATCH;
        return new ParameterCheck(layer, isBias, k, analytic, numeric, status);
    }

    /** bendNodes[l][o]: some row puts node o of layer l exactly on its activation's bend. */
    private static boolean[][] bendNodes(Network network, ForwardTrace trace, int rows) {
        boolean[][] bend = new boolean[network.layers().size()][];
        for (int l = 0; l < bend.length; l++) {
            int width = trace.width(l);
            bend[l] = new boolean[width];
            if (network.layer(l).isSoftmax()) {
                continue;
            }
            double[] z = trace.preActivations(l);
            for (int k = 0; k < rows * width; k++) {
                bend[l][k % width] |= network.layer(l).activation(k % width).isBend(z[k]);
            }
        }
        return bend;
    }

    /** bendFrom[l]: some node in layer l or later is on a bend (bendFrom[layers] is false). */
    private static boolean[] bendFromLayer(boolean[][] nodes) {
        boolean[] from = new boolean[nodes.length + 1];
        for (int l = nodes.length - 1; l >= 0; l--) {
            from[l] = from[l + 1];
            for (boolean b : nodes[l]) {
                from[l] |= b;
            }
        }
        return from;
    }
}
