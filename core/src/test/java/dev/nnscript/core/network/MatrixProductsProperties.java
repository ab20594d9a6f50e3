package dev.nnscript.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The blocked, packed products agree with the textbook sums, on shapes that cross every edge: a
 * few rows (plain loops) and many (packed), widths beyond one column tile and depths beyond one
 * panel, odd sizes that leave remainders.
 */
class MatrixProductsProperties {

    /** Relative to the sum of |terms|: the only difference allowed is the order of the additions. */
    private static final double TOLERANCE = 1e-13;

    /**
     * A, B and c's starting values for c += A B, each of A and B stored row-major or transposed at
     * random: A(m, k) at a[m * ars + k * acs], B(k, j) at b[k * brs + j * bcs].
     */
    private record Operands(double[] a, int ars, int acs, double[] b, int brs, int bcs, double[] start) {
        static Operands random(SplittableRandom random, int rows, int cols, int depth) {
            double[] a = MatrixProductsProperties.random(random, rows * depth);
            double[] b = MatrixProductsProperties.random(random, depth * cols);
            double[] start = MatrixProductsProperties.random(random, rows * cols);
            boolean transposeA = random.nextBoolean();
            boolean transposeB = random.nextBoolean();
            return new Operands(a, transposeA ? 1 : depth, transposeA ? rows : 1, b, transposeB ? 1 : cols,
                    transposeB ? depth : 1, start);
        }
    }

    private static double[] random(SplittableRandom random, int n) {
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = random.nextDouble(-2, 2);
        }
        return values;
    }

    /** A(m, k) B(k, j) summed over k in index order, with the bound on rounding differences. */
    private static void assertProduct(double[] expectedStart, double[] a, int ars, int acs, double[] b, int brs,
            int bcs, double[] actual, int rows, int cols, int depth) {
        for (int m = 0; m < rows; m++) {
            for (int j = 0; j < cols; j++) {
                double sum = expectedStart[m * cols + j];
                double magnitude = Math.abs(sum);
                for (int k = 0; k < depth; k++) {
                    double term = a[m * ars + k * acs] * b[k * brs + j * bcs];
                    sum += term;
                    magnitude += Math.abs(term);
                }
                assertEquals(sum, actual[m * cols + j], TOLERANCE * magnitude, "element " + m + ", " + j);
            }
        }
    }

    @Test
    void multiplyAddMatchesTheDefinitionForEveryLayoutAndSize() {
        qt().withExamples(60).forAll(integers().between(1, 40), integers().between(1, 600),
                integers().between(1, 600), longs().all()).checkAssert((rows, cols, depth, seed) -> {
            Operands p = Operands.random(new SplittableRandom(seed), rows, cols, depth);
            double[] c = p.start.clone();
            MatrixProducts.multiplyAdd(p.a, p.ars, p.acs, p.b, p.brs, p.bcs, c, rows, cols, depth, new MatrixWorkspace());
            assertProduct(p.start, p.a, p.ars, p.acs, p.b, p.brs, p.bcs, c, rows, cols, depth);
        });
    }

    @Test
    void aLayerGivesTheSameBitsWithAndWithoutItsWorkspaceOnSmallBatches() {
        qt().forAll(integers().between(1, MatrixProducts.PACK_FROM_ROWS - 1), integers().between(1, 50),
                integers().between(1, 50), longs().all()).checkAssert((rows, in, out, seed) -> {
            SplittableRandom random = new SplittableRandom(seed);
            DenseLayer layer = DenseLayer.of(in, random(random, in * out), random(random, out),
                    uniformRelu(out));
            double[] x = random(random, rows * in);
            double[] z1 = new double[rows * out];
            double[] a1 = new double[rows * out];
            double[] z2 = new double[rows * out];
            double[] a2 = new double[rows * out];
            layer.forward(x, rows, z1, a1);
            layer.forward(x, rows, z2, a2, new MatrixWorkspace());
            assertArrayEquals(z1, z2);
            assertArrayEquals(a1, a2);
        });
    }

    /**
     * The few-row backward kernels give exactly the bits of the general products they stand in for
     * (dW = dz^T x, dx = dz W through {@link MatrixProducts#multiplyAdd}, packed or not as the shapes
     * choose), with and without a workspace.
     */
    @Test
    void fewRowBackwardGivesTheBitsOfTheGeneralProducts() {
        qt().forAll(integers().between(1, 12), integers().between(1, 40), integers().between(1, 40), longs().all())
                .checkAssert((rows, in, out, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    DenseLayer layer = DenseLayer.of(in, random(random, in * out), random(random, out),
                            uniformRelu(out));
                    double[] x = random(random, rows * in);
                    double[] dz = random(random, rows * out);
                    for (MatrixWorkspace workspace : new MatrixWorkspace[] {null, new MatrixWorkspace()}) {
                        double[] dW = new double[in * out];
                        double[] dx = new double[rows * in];
                        layer.parameterBackward(x, dz, rows, dW, new double[out], dx, workspace);
                        double[] expectedDw = new double[in * out];
                        MatrixProducts.multiplyAdd(dz, 1, out, x, in, 1, expectedDw, out, in, rows, workspace);
                        double[] expectedDx = new double[rows * in];
                        MatrixProducts.multiplyAdd(dz, out, 1, layer.weights(), in, 1, expectedDx, rows, in, out,
                                workspace);
                        assertArrayEquals(expectedDw, dW, "dW");
                        assertArrayEquals(expectedDx, dx, "dx");
                    }
                });
    }

    /** Narrow products, summed in place, give exactly the packed kernel's bits. */
    @Test
    void narrowProductsGiveThePackedKernelsBits() {
        qt().withExamples(60).forAll(integers().between(MatrixProducts.PACK_FROM_ROWS, 40),
                integers().between(1, MatrixProducts.PACK_FROM_COLUMNS - 1), integers().between(1, 600), longs().all())
                .checkAssert((rows, cols, depth, seed) -> {
                    Operands p = Operands.random(new SplittableRandom(seed), rows, cols, depth);
                    double[] narrow = p.start.clone();
                    double[] packed = p.start.clone();
                    MatrixProducts.multiplyAdd(p.a, p.ars, p.acs, p.b, p.brs, p.bcs, narrow, rows, cols, depth,
                            new MatrixWorkspace());
                    MatrixProducts.multiplyAddPacked(p.a, p.ars, p.acs, p.b, p.brs, p.bcs, packed, 0, rows, cols, depth,
                            new MatrixWorkspace());
                    assertArrayEquals(packed, narrow);
                });
    }

    @Test
    void aWorkspaceIsReusedAcrossShapes() {
        MatrixWorkspace workspace = new MatrixWorkspace();
        SplittableRandom random = new SplittableRandom(3);
        int[][] shapes = {{300, 9, 270}, {8, 40, 3}, {17, 513, 257}, {64, 2, 1}};
        for (int[] s : shapes) {
            int rows = s[0];
            int cols = s[1];
            int depth = s[2];
            double[] a = random(random, rows * depth);
            double[] b = random(random, depth * cols);
            double[] c = new double[rows * cols];
            MatrixProducts.multiplyAdd(a, depth, 1, b, cols, 1, c, rows, cols, depth, workspace);
            assertProduct(new double[rows * cols], a, depth, 1, b, cols, 1, c, rows, cols, depth);
        }
    }

    @Test
    void largeProductsGiveTheSameBitsOnAnyNumberOfThreads() {
        qt().withExamples(12).forAll(integers().between(2 * MatrixProducts.PACK_FROM_ROWS, 140),
                integers().between(80, 300), integers().between(80, 300), longs().all())
                .assuming((rows, cols, depth, seed) -> (long) rows * cols * depth >= MatrixProducts.PARALLEL_FROM_MACS)
                .checkAssert((rows, cols, depth, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    int threads = 2 + random.nextInt(4);
                    double[] a = random(random, rows * depth);
                    double[] b = random(random, depth * cols);
                    double[] start = random(random, rows * cols);
                    double[] one = start.clone();
                    double[] many = start.clone();
                    MatrixProducts.multiplyAdd(a, depth, 1, b, 1, depth, one, rows, cols, depth, new MatrixWorkspace());
                    MatrixProducts.multiplyAdd(a, depth, 1, b, 1, depth, many, rows, cols, depth,
                            new MatrixWorkspace(threads));
                    assertArrayEquals(one, many);
                });
    }

    private static Activation[] uniformRelu(int n) {
        Activation[] acts = new Activation[n];
        Arrays.fill(acts, Activations.RELU);
        return acts;
    }
}
