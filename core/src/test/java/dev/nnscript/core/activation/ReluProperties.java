package dev.nnscript.core.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ReluProperties {

    private static final Activations.Relu RELU = Activations.RELU;

    /** Wide finite values, with exact zeros mixed in so the bend is always visited. */
    private static Gen<Double> reals() {
        return doubles().between(-1e12, 1e12).mix(Generate.constant(0.0), 10)
                .mix(doubles().between(-2, 2), 30);
    }

    @Test
    void isTheMaximumOfZeroAndX() {
        qt().forAll(reals()).checkAssert(x -> assertEquals(Math.max(0.0, x), RELU.value(x), 0.0));
    }

    @Test
    void isNeverNegative() {
        qt().forAll(reals()).check(x -> RELU.value(x) >= 0.0);
    }

    @Test
    void isIdempotent() {
        qt().forAll(reals()).checkAssert(x -> assertEquals(RELU.value(x), RELU.value(RELU.value(x)), 0.0));
    }

    @Test
    void isPositivelyHomogeneous() {
        qt().forAll(doubles().between(0, 1e6), reals())
                .checkAssert((a, x) -> assertEquals(a * RELU.value(x), RELU.value(a * x), 0.0));
    }

    @Test
    void derivativeIsOneAboveZeroAndZeroBelow() {
        qt().forAll(reals()).assuming(x -> x != 0.0).checkAssert(x -> {
            assertEquals(x > 0 ? 1.0 : 0.0, RELU.derivative(x, RELU.value(x)), 0.0);
            assertEquals(x > 0 ? 1.0 : 0.0, new Activations.Relu(1.0).derivative(x, RELU.value(x)), 0.0);
        });
    }

    @Test
    void derivativeAtZeroIsTheConfiguredValue() {
        qt().forAll(Generate.pick(java.util.List.of(0.0, 1.0))).checkAssert(atZero -> {
            Activations.Relu relu = new Activations.Relu(atZero);
            assertEquals(atZero, relu.derivative(0.0, 0.0), 0.0);
            assertEquals(atZero, relu.derivative(-0.0, 0.0), 0.0);
            assertTrue(relu.isBend(0.0));
        });
    }
}
