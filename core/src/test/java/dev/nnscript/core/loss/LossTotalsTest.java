package dev.nnscript.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.core.activation.Softmax;
import org.junit.jupiter.api.Test;

/** A loss times its reduction's terms is the plain sum of its per-value terms, written out here. */
class LossTotalsTest {

    // Two rows of three outputs: logits, softmax outputs per row, and one-hot targets.
    private static final int ROWS = 2;
    private static final int WIDTH = 3;
    private static final double[] Z = {0.5, -1.0, 2.0, 1.5, 0.25, -0.75};
    private static final double[] Y = {0, 0, 1, 1, 0, 0};
    private static final double[] A = softmaxRows(Z);

    private static double[] softmaxRows(double[] z) {
        double[] a = new double[z.length];
        for (int r = 0; r < ROWS; r++) {
            Softmax.apply(z, a, r * WIDTH, WIDTH);
        }
        return a;
    }

    private static double total(Loss loss) {
        return loss.value(Z, A, Y, ROWS, WIDTH) * loss.reduction().terms(ROWS, WIDTH);
    }

    @Test
    void squaredLossesTotalTheSquaredResiduals() {
        double squares = 0;
        for (int k = 0; k < Y.length; k++) {
            squares += (Y[k] - A[k]) * (Y[k] - A[k]);
        }
        assertEquals(squares, total(Losses.SSR), 1e-12);
        assertEquals(squares, total(Losses.MSE), 1e-12);
    }

    @Test
    void maeTotalsTheAbsoluteResiduals() {
        double sum = 0;
        for (int k = 0; k < Y.length; k++) {
            sum += Math.abs(Y[k] - A[k]);
        }
        assertEquals(sum, total(Losses.MAE), 1e-12);
    }

    @Test
    void crossEntropyTotalsMinusLogOfEachRowsTrueClass() {
        assertEquals(-Math.log(A[2]) - Math.log(A[3]), total(Losses.CROSS_ENTROPY), 1e-12);
    }

    @Test
    void binaryCrossEntropyTotalsEveryValuesTerm() {
        double sum = 0;
        for (int k = 0; k < Y.length; k++) {
            sum -= Y[k] * Math.log(A[k]) + (1 - Y[k]) * Math.log(1 - A[k]);
        }
        assertEquals(sum, total(Losses.BINARY_CROSS_ENTROPY), 1e-12);
    }

    @Test
    void termsCountWhatEachReductionDividesBy() {
        assertEquals(1, Reduction.SUM.terms(ROWS, WIDTH));
        assertEquals(2, Reduction.MEAN_OVER_ROWS.terms(ROWS, WIDTH));
        assertEquals(6, Reduction.MEAN_OVER_VALUES.terms(ROWS, WIDTH));
    }
}
