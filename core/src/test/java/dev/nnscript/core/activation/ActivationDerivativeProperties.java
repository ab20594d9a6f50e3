package dev.nnscript.core.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Every derivative against a central finite difference of its own value function. */
class ActivationDerivativeProperties {

    private static final double H = 1e-5;

    /** Smooth everywhere (ELU with alpha 1 is continuously differentiable). */
    private static final List<Activation> SMOOTH = List.of(Activations.IDENTITY, Activations.SOFTPLUS,
            Activations.SIGMOID, Activations.TANH, Activations.ELU, Activations.GELU, Activations.SILU);

    /** Smooth away from z = 0. */
    private static final List<Activation> PIECEWISE = List.of(Activations.RELU, new Activations.Relu(1.0),
            Activations.LEAKY_RELU, new Activations.LeakyRelu(0.3), new Activations.Elu(0.5));

    private static double centralDifference(Activation f, double z) {
        return (f.value(z + H) - f.value(z - H)) / (2 * H);
    }

    private static void assertMatchesFiniteDifference(Activation f, double z) {
        double analytic = f.derivative(z, f.value(z));
        assertEquals(centralDifference(f, z), analytic, 1e-6 * Math.max(1.0, Math.abs(analytic)),
                f.name() + "' at " + z);
    }

    private static Gen<Double> points() {
        return doubles().between(-10, 10);
    }

    @Test
    void smoothDerivativesMatchCentralDifferences() {
        qt().forAll(Generate.pick(SMOOTH), points())
                .assuming((f, z) -> f != Activations.ELU || Math.abs(z) > 1e-3) // ELU'' jumps at 0
                .checkAssert(ActivationDerivativeProperties::assertMatchesFiniteDifference);
    }

    @Test
    void piecewiseDerivativesMatchCentralDifferencesAwayFromTheBend() {
        qt().forAll(Generate.pick(PIECEWISE), points())
                .assuming((f, z) -> Math.abs(z) > 1e-3)
                .checkAssert(ActivationDerivativeProperties::assertMatchesFiniteDifference);
    }

    @Test
    void softplusSlopeIsTheSigmoid() {
        qt().forAll(points()).checkAssert(z -> {
            assertEquals(Activations.SIGMOID.value(z), centralDifference(Activations.SOFTPLUS, z), 1e-6);
            assertEquals(Activations.SIGMOID.value(z), Activations.SOFTPLUS.derivative(z, 0.0), 0.0);
        });
    }
}
