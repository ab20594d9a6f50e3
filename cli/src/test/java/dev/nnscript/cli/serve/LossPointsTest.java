package dev.nnscript.cli.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The loss curve the page draws: bounded, spread over the whole run, ending at the latest step. */
class LossPointsTest {

    @Test
    void keepsEveryStepUntilFull() {
        LossPoints points = new LossPoints();
        assertEquals(0, points.curve().steps().length);
        assertEquals(0, points.curve().losses().length);
        for (long step = 1; step <= 3; step++) {
            points.add(step, 1.0 / step);
        }
        assertArrayEquals(new long[] {1, 2, 3}, points.curve().steps());
        assertArrayEquals(new double[] {1, 0.5, 1.0 / 3}, points.curve().losses());
    }

    @Test
    void thinsALongRunEvenlyAndEndsAtItsLatestStep() {
        LossPoints points = new LossPoints();
        for (long step = 1; step <= 4642; step++) {
            points.add(step, step);
        }
        LossPoints.Curve curve = points.curve();
        long[] steps = curve.steps();
        double[] losses = curve.losses();
        assertEquals(steps.length, losses.length);
        assertTrue(steps.length <= LossPoints.LIMIT + 1, "at most the limit, and the latest step");
        assertTrue(steps.length > LossPoints.LIMIT / 2, "spread over the run: " + steps.length);
        assertEquals(4642, steps[steps.length - 1]);
        assertEquals(4642, losses[losses.length - 1]);
        for (int i = 1; i < steps.length; i++) {
            assertTrue(steps[i] > steps[i - 1]);
            assertEquals(steps[i], losses[i]);
        }
        assertTrue(steps[steps.length - 2] - steps[0] > 4000, "the kept points cover the whole run");
    }
}
