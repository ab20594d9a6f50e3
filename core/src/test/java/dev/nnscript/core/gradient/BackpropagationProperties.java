package dev.nnscript.core.gradient;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class BackpropagationProperties {

    @Test
    void gradientsMatchCentralDifferencesOnGeneratedNetworksAwayFromBends() {
        qt().withExamples(300)
                .forAll(longs().all().map(RandomCase::from))
                .assuming(c -> c.awayFromBends(1e-3))
                .checkAssert(c -> {
                    GradientCheckReport report = GradientCheck.check(c.network(), c.x(), c.y(), c.rows(),
                            c.loss(), 1e-6, 1e-5);
                    assertTrue(report.passed(), () -> c + ": " + report.withStatus(ParameterCheck.Status.MISMATCH));
                    assertTrue(report.withStatus(ParameterCheck.Status.ON_BEND).isEmpty(), c::toString);
                });
    }
}
