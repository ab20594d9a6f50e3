package dev.nnscript.cli.predict;

import dev.nnscript.core.train.Evaluation;

/**
 * The class a softmax row predicts, for the human and JSON results: the largest probability (the
 * first on ties), or none when a probability is NaN (an overflow lost which logit was largest), so
 * no class is named that the network did not pick.
 */
final class PredictedClass {

    /** No class: a probability is not a number. */
    static final int NONE = -1;

    private PredictedClass() {}

    static int of(double[] output, int from, int width) {
        for (int k = from; k < from + width; k++) {
            if (Double.isNaN(output[k])) {
                return NONE;
            }
        }
        return Evaluation.argmax(output, from, width);
    }
}
