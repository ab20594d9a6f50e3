package dev.nnscript.cli.plot;

import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.data.DataResult;

/** The rows a plot draws over its curves: every row of the script's data, held-out rows included. */
public final class PlotData {

    private PlotData() {}

    public static Dataset allRows(DataResult data) {
        Dataset training = data.dataset();
        if (data.heldOutRows().isEmpty()) {
            return training;
        }
        Dataset held = data.heldOut();
        return new Dataset(concat(training.inputs(), held.inputs()), concat(training.targets(), held.targets()),
                training.rows() + held.rows(), training.inputCount(), training.outputCount());
    }

    private static double[] concat(double[] a, double[] b) {
        double[] both = new double[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
