package dev.nnscript.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    /** Two classes: class b wins exactly when x > 0 (logits x and -x). */
    private static Network classifier() {
        return new Network(null, List.of("x"), List.of("a", "b"),
                List.of(DenseLayer.softmax(1, new double[] {-1, 1}, new double[] {0, 0})));
    }

    @Test
    void accuracyCountsRowsWhoseLargestOutputIsTheTargetClass() {
        Dataset data = Dataset.of(new double[][] {{-2}, {3}, {1}, {-1}},
                new double[][] {{1, 0}, {0, 1}, {1, 0}, {1, 0}});
        assertEquals(3, Evaluation.correct(classifier(), data));
        assertEquals(0.75, Evaluation.accuracy(classifier(), data));
    }

    @Test
    void tiesGoToTheFirstPosition() {
        assertEquals(0, Evaluation.argmax(new double[] {9, 0.5, 0.5}, 1, 2));
        assertEquals(2, Evaluation.argmax(new double[] {0, 1, 3, 3}, 0, 4));
    }

    @Test
    void lossOverADatasetUsesTheLossReduction() {
        Network identity = new Network(null, List.of("x"), List.of("y"),
                List.of(DenseLayer.of(1, new double[] {1}, new double[] {0}, new Activation[] {Activations.IDENTITY})));
        Dataset data = Dataset.of(new double[][] {{1}, {2}, {3}}, new double[][] {{1}, {0}, {5}});
        // residuals 0, 2, -2: ssr sums their squares, mse averages them.
        assertEquals(8.0, Evaluation.loss(identity, data, Losses.SSR));
        assertEquals(8.0 / 3, Evaluation.loss(identity, data, Losses.MSE));
    }

    @Test
    void dataThatDoNotFitAreRefused() {
        Dataset wide = Dataset.of(new double[][] {{1, 2}}, new double[][] {{1, 0}});
        assertThrows(IllegalArgumentException.class, () -> Evaluation.accuracy(classifier(), wide));
    }
}
