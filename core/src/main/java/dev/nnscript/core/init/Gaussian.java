package dev.nnscript.core.init;

import java.util.SplittableRandom;

/**
 * Standard normal draws by the Box-Muller transform with {@link StrictMath}, so a seed gives the
 * same bits on every JVM (the JDK's own {@code nextGaussian} algorithm is not pinned by its spec).
 */
final class Gaussian {

    private Gaussian() {}

    static double next(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble(); // in (0, 1], so the log is finite
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }
}
