package dev.nnscript.benchmarks.driver;

import dev.nnscript.core.train.Dataset;

/**
 * Classification data: features row-major [rows][columns] and one class label per row, 0..classes-1.
 * The arrays are taken, not copied.
 */
record LabeledRows(double[] features, int[] labels, int columns, int classes) {

    LabeledRows {
        if (features.length != (long) labels.length * columns) {
            throw new IllegalArgumentException(features.length + " features do not make " + labels.length
                    + " rows of " + columns);
        }
        for (int label : labels) {
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label " + label + " is not in 0.." + (classes - 1));
            }
        }
    }

    int rows() { return labels.length; }

    /** A training data set with one-hot targets [rows][classes]. */
    Dataset toDataset() {
        double[] oneHot = new double[rows() * classes];
        for (int r = 0; r < rows(); r++) {
            oneHot[r * classes + labels[r]] = 1.0;
        }
        return new Dataset(features, oneHot, rows(), columns, classes);
    }
}
