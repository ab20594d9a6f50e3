package dev.nnscript.core.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SoftmaxProperties {

    /** Logits up to |700|, where e^z alone would overflow or underflow. */
    private static Gen<double[]> logits() {
        return lists().of(doubles().between(-700, 700).mix(doubles().between(-3, 3), 50))
                .ofSizeBetween(1, 12).map(SoftmaxProperties::toArray);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] softmax(double[] z) {
        double[] a = new double[z.length];
        Softmax.apply(z, a, 0, z.length);
        return a;
    }

    @Test
    void sumsToOne() {
        qt().forAll(logits()).checkAssert(z -> {
            double sum = 0;
            for (double p : softmax(z)) {
                sum += p;
            }
            assertEquals(1.0, sum, 1e-14 * z.length);
        });
    }

    @Test
    void keepsTheOrderOfTheLogits() {
        qt().forAll(logits()).checkAssert(z -> {
            double[] a = softmax(z);
            for (int i = 0; i < z.length; i++) {
                for (int j = 0; j < z.length; j++) {
                    if (z[i] < z[j]) {
                        assertTrue(a[i] <= a[j], "z" + i + " < z" + j + " but a" + i + " > a" + j);
                    } else if (z[i] == z[j]) {
                        assertEquals(a[i], a[j], 0.0);
                    }
                }
            }
        });
    }

    @Test
    void isUnchangedByAddingAConstantToAllLogits() {
        qt().forAll(logits(), doubles().between(-100, 100)).checkAssert((z, c) -> {
            double[] shifted = z.clone();
            for (int i = 0; i < shifted.length; i++) {
                shifted[i] += c;
            }
            double[] a = softmax(z);
            double[] b = softmax(shifted);
            for (int i = 0; i < a.length; i++) {
                // z + c rounds by up to half an ulp of |z| + |c| <= 800, about 6e-14, which moves
                // e^(z - max) by that relative amount.
                assertEquals(a[i], b[i], 1e-12, "entry " + i);
            }
        });
    }
}
