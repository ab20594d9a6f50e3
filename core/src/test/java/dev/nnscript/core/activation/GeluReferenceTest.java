package dev.nnscript.core.activation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The exact GELU, z Phi(z), against reference values: z erfc(-z / sqrt 2) / 2 computed with 300-bit
 * arithmetic (mpmath) and rounded to the nearest double. Between z = -4.3 and -1.8, erfc's small
 * values were once taken as 1 - erf and lost five digits (1.5e-11 relative at z = -4.09, where
 * PyTorch's float64 GELU is within 8.5e-13); every value here must be within 1e-14. Far out in the
 * lower tail the bound widens with z^2: z / sqrt 2 is itself rounded, by up to an ulp, and erfc's
 * relative slope there is 2x = sqrt 2 |z|, so even exact arithmetic after that step would be off by
 * about 1.1e-16 z^2 (1.4e-13 at z = -37.5, whose GELU is 1.7e-306).
 */
class GeluReferenceTest {

    private static final double[][] REFERENCE = {
            {-37.5, -1.7270073785932332e-306},
            {-30.0, -1.472014178144456e-196},
            {-20.0, -5.507248237212468e-88},
            {-12.0, -2.1317785344932147e-32},
            {-8.0, -4.976768459417427e-15},
            {-6.0, -5.9195258702261885e-09},
            {-5.0, -1.4332578593959695e-06},
            {-4.2, -5.605214586680658e-05},
            {-4.089209232877936, -8.849995076172195e-05},
            {-3.5, -0.0008142017766243376},
            {-3.0, -0.0040496940948902835},
            {-2.5, -0.015524163314440337},
            {-2.0, -0.04550026389635842},
            {-1.8, -0.06467457440326645},
            {-1.5, -0.1002108019032871},
            {-1.0, -0.15865525393145705},
            {-0.5, -0.15426876936299344},
            {-0.001, -0.000499601057786089},
            {0.25, 0.14967658142073093},
            {0.75, 0.5800294857173488},
            {1.0, 0.8413447460685429},
            {1.5, 1.399789198096713},
            {2.0, 1.9544997361036416},
            {3.0, 2.99595030590511},
            {4.0, 3.9998733150326675},
            {6.0, 5.999999994080474},
            {9.0, 9.0},
    };

    @Test
    void matchesTheReference() {
        for (double[] row : REFERENCE) {
            double z = row[0];
            double expected = row[1];
            double actual = Activations.GELU.value(z);
            double relative = Math.abs(actual - expected) / Math.abs(expected);
            double bound = Math.max(1e-14, 2.5e-16 * z * z);
            assertTrue(relative <= bound, "gelu(" + z + ") = " + actual + ", reference " + expected + ": "
                    + relative + " relative, bound " + bound);
        }
    }
}
