package dev.nnscript.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Cross-entropy taken from a forward trace, which reuses the softmax's normalizers, gives the same
 * bits as cross-entropy computed from the arrays alone, for logits of any size and for the infinite
 * and NaN logits that softmax treats apart.
 */
class CrossEntropyFromTraceProperties {

    private static final CrossEntropy LOSS = new CrossEntropy();

    /** Biases (the logits' base) of every kind: small, huge, infinite, NaN, signed zeros. */
    private static Gen<Double> bias() {
        return doubles().between(-3, 3)
                .mix(doubles().between(-800, 800), 40)
                .mix(doubles().any(), 10)
                .mix(integers().between(0, 5).map(k -> new double[] {Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY, Double.NaN, -0.0, 0.0, 1e308}[k]), 15);
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** z[r][o] = b[o] + x[r] w[o]: one input, so each row's logits differ and the biases reach them as they are. */
    private record Case(double[] biases, double[] weights, double[] x, int label) {

        Network network() {
            DenseLayer softmax = DenseLayer.softmax(1, weights, biases);
            List<String> outputs = Collections.nCopies(biases.length, "p");
            return new Network("ce", List.of("x"), outputs, List.of(softmax));
        }

        /** One-hot targets, each row's class from the label. */
        double[] targets() {
            int width = biases.length;
            double[] y = new double[x.length * width];
            for (int r = 0; r < x.length; r++) {
                y[r * width + (label + r) % width] = 1.0;
            }
            return y;
        }
    }

    private static Gen<Case> cases() {
        return integers().between(1, 10).flatMap(width -> lists().of(bias()).ofSize(width).map(
                CrossEntropyFromTraceProperties::array)
                .zip(lists().of(doubles().between(-700, 700)).ofSize(width).map(CrossEntropyFromTraceProperties::array),
                        (b, w) -> new double[][] {b, w})
                .zip(lists().of(doubles().between(-3, 3)).ofSizeBetween(1, 20).map(CrossEntropyFromTraceProperties::array),
                        (bw, x) -> new double[][] {bw[0], bw[1], x})
                .zip(integers().between(0, 9), (bwx, label) -> new Case(bwx[0], bwx[1], bwx[2], label)));
    }

    private static ForwardTrace forward(Case c) {
        Network network = c.network();
        ForwardTrace trace = new ForwardTrace(network, c.x().length);
        network.forward(c.x(), c.x().length, trace);
        return trace;
    }

    private static void assertSameBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                what + ": expected " + expected + ", got " + actual);
    }

    @Test
    void theValueFromTheTraceIsTheValueFromTheArrays() {
        qt().forAll(cases()).checkAssert(c -> {
            ForwardTrace trace = forward(c);
            assertTrue(trace.hasSoftmaxOutput());
            int width = trace.width(0);
            double[] y = c.targets();
            double fromArrays = LOSS.value(trace.preActivations(0), trace.output(), y, trace.rows(), width);
            assertSameBits(fromArrays, LOSS.valueOf(trace, y), "valueOf");
        });
    }

    @Test
    void eachRowsNormalizerIsTheLogSumExpOfItsLogits() {
        qt().forAll(cases()).checkAssert(c -> {
            ForwardTrace trace = forward(c);
            int width = trace.width(0);
            for (int r = 0; r < trace.rows(); r++) {
                assertSameBits(CrossEntropy.logSumExp(trace.preActivations(0), r * width, width),
                        trace.logSoftmaxNormalizer(r), "row " + r);
            }
        });
    }

    @Test
    void valueAndGradientFromTheTraceAreTheTwoCallsOnTheArrays() {
        qt().forAll(cases()).checkAssert(c -> {
            ForwardTrace trace = forward(c);
            int width = trace.width(0);
            int rows = trace.rows();
            double[] y = c.targets();
            double[] expected = new double[rows * width];
            LOSS.gradient(trace.preActivations(0), trace.output(), y, rows, width, expected);
            double expectedValue = LOSS.value(trace.preActivations(0), trace.output(), y, rows, width);
            double[] gradient = new double[rows * width];
            assertSameBits(expectedValue, LOSS.valueAndGradient(trace, y, gradient), "value");
            for (int i = 0; i < gradient.length; i++) {
                assertSameBits(expected[i], gradient[i], "gradient " + i);
            }
        });
    }

    @Test
    void aTraceOfANetworkWithoutSoftmaxKeepsNoNormalizers() {
        DenseLayer sigmoid = DenseLayer.uniform(1, 2, Activations.SIGMOID);
        Network network = new Network("plain", List.of("x"), List.of("a", "b"), List.of(sigmoid));
        ForwardTrace trace = new ForwardTrace(network, 1);
        network.forward(new double[] {0.5}, 1, trace);
        assertFalse(trace.hasSoftmaxOutput());
    }
}
