package dev.nnscript.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.gradient.Gradients;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Parts of a batch's gradient, as Spark's partitions send them, add up to the same bits whatever
 * order and grouping they arrive in; one part is itself exactly.
 */
class PartialGradientsProperties {

    /** A network of one 3-input, 2-node layer: blocks of 6 weights and 2 biases. */
    private static final Network SHAPE = new Network(null, List.of("a", "b", "c"), List.of("y", "z"),
            List.of(DenseLayer.uniform(3, 2, Activations.IDENTITY)));

    private static PartialGradients part(SplittableRandom random, boolean specials) {
        double[][] blocks = {values(random, 6, specials), values(random, 2, specials)};
        return PartialGradients.of(value(random, specials), blocks);
    }

    private static double[] values(SplittableRandom random, int n, boolean specials) {
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = value(random, specials);
        }
        return values;
    }

    /** Values of wildly different sizes, so floating-point sums of them depend on the order. */
    private static double value(SplittableRandom random, boolean specials) {
        switch (random.nextInt(specials ? 12 : 10)) {
            case 0: return 0.0;
            case 1: return -0.0;
            case 2: return random.nextDouble(-1, 1) * 1e16;
            case 3: return random.nextDouble(-1, 1) * 1e-300;
            case 10: return random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 11: return Double.NaN;
            default: return random.nextDouble(-5, 5);
        }
    }

    /** Adds copies of {@code parts} in a random order and random grouping (a random tree). */
    private static PartialGradients sumInSomeOrder(List<PartialGradients> parts, SplittableRandom random) {
        List<PartialGradients> pending = new ArrayList<>();
        for (PartialGradients p : parts) {
            pending.add(copy(p));
        }
        while (pending.size() > 1) {
            PartialGradients a = pending.remove(random.nextInt(pending.size()));
            PartialGradients b = pending.remove(random.nextInt(pending.size()));
            pending.add(random.nextBoolean() ? a.plus(PartialGradients.none()).plus(b) : b.plus(a));
        }
        return pending.get(0);
    }

    private static PartialGradients copy(PartialGradients p) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(p);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (PartialGradients) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static double[] flat(PartialGradients sum) {
        Gradients g = new Gradients(SHAPE);
        sum.copyInto(g);
        double[] flat = new double[9];
        flat[0] = sum.loss();
        System.arraycopy(g.block(0), 0, flat, 1, 6);
        System.arraycopy(g.block(1), 0, flat, 7, 2);
        return flat;
    }

    private static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int k = 0; k < values.length; k++) {
            bits[k] = Double.doubleToLongBits(values[k]);
        }
        return bits;
    }

    @Test
    void anyOrderAndGroupingGivesTheSameBits() {
        qt().forAll(integers().between(2, 9), longs().all(), integers().between(0, 1)).checkAssert((n, seed, s) -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<PartialGradients> parts = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                parts.add(part(random, s == 1));
            }
            long[] first = bits(flat(sumInSomeOrder(parts, random)));
            for (int again = 0; again < 4; again++) {
                assertArrayEquals(first, bits(flat(sumInSomeOrder(parts, random))));
            }
        });
    }

    @Test
    void onePartIsItselfBitForBit() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            PartialGradients one = part(random, true);
            long[] expected = bits(flat(copy(one)));
            assertArrayEquals(expected, bits(flat(PartialGradients.none().plus(one).plus(PartialGradients.none()))));
        });
    }

    @Test
    void partsAddExactlyAndRoundOnce() {
        PartialGradients sum = PartialGradients.ofLoss(1e16).plus(PartialGradients.ofLoss(1.0))
                .plus(PartialGradients.ofLoss(-1e16));
        assertEquals(0.0, 1e16 + 1.0 - 1e16, "floating point loses the 1 (why the sum is exact)");
        assertEquals(1.0, sum.loss());
        // 0.1 + 0.2 + 0.3 as doubles is 0.6000000000000000055... exactly: nearest double 0.6.
        assertEquals(0.6, PartialGradients.ofLoss(0.1).plus(PartialGradients.ofLoss(0.2))
                .plus(PartialGradients.ofLoss(0.3)).loss());
        assertEquals(0.6000000000000001, 0.1 + 0.2 + 0.3);
    }

    @Test
    void nonFiniteTermsDecideAsInFloatingPoint() {
        assertEquals(Double.POSITIVE_INFINITY, PartialGradients.ofLoss(Double.POSITIVE_INFINITY)
                .plus(PartialGradients.ofLoss(-1e308)).loss());
        assertEquals(Double.NaN, PartialGradients.ofLoss(Double.POSITIVE_INFINITY)
                .plus(PartialGradients.ofLoss(Double.NEGATIVE_INFINITY)).loss());
        assertEquals(Double.NaN, PartialGradients.ofLoss(3.0).plus(PartialGradients.ofLoss(Double.NaN)).loss());
        assertEquals(Double.POSITIVE_INFINITY, PartialGradients.ofLoss(Double.MAX_VALUE)
                .plus(PartialGradients.ofLoss(Double.MAX_VALUE)).loss(), "beyond the largest double");
    }
}
