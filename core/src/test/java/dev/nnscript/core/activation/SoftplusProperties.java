package dev.nnscript.core.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/** Softplus's max(z, 0), written as a comparison, gives the bits Math.max gives, for every z. */
class SoftplusProperties {

    private static double withMathMax(double z) {
        return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /**
     * Raw bits, so 0.0 and -0.0 stay apart; NaN compares as NaN, since which NaN payload an
     * arithmetic NaN carries depends on whether the interpreter or compiled code computed it.
     */
    private static void assertSameBits(double z) {
        assertEquals(Double.doubleToRawLongBits(canonicalNaN(withMathMax(z))),
                Double.doubleToRawLongBits(canonicalNaN(Activations.Softplus.softplus(z))), "z = " + z);
    }

    private static double canonicalNaN(double x) {
        return Double.isNaN(x) ? Double.NaN : x;
    }

    @Test
    void sameBitsAsWithMathMax() {
        qt().forAll(doubles().any()).checkAssert(SoftplusProperties::assertSameBits);
        for (double z : new double[] {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.MIN_VALUE, -Double.MIN_VALUE, 800.0, -800.0}) {
            assertSameBits(z);
        }
    }
}
