package dev.nnscript.core.network;

/**
 * The matrix products of a dense layer's forward and backward passes, written so the JIT
 * vectorizes them and reused data stays in cache. Matrices are flat arrays read through strides:
 * M(i, j) = m[i * rowStride + j * columnStride], so a transposed operand needs no copy. Results
 * are row-major.
 *
 * <p>{@link #multiplyAdd} computes c += A B. With enough rows to amortise it (see
 * {@link #PACK_FROM_ROWS}), a block of B (up to {@link #DEPTH_BLOCK} rows by {@link #TILE} columns)
 * is first copied into a {@link MatrixWorkspace} panel, one array per row, and two rows of c are
 * accumulated in workspace arrays: every access in the inner loop then uses the same index, which
 * the JIT turns into vector instructions, and each load of B serves two rows of c and each load and
 * store of c four rows of B. With few rows, plain loops do the work.
 *
 * <p>Large products split their rows between the workspace's {@link MatrixThreads}, each part packing
 * its own panel. Every element of a result is summed in an order fixed by the shapes alone, whatever
 * the number of threads, so the same inputs always give the same bits.
 */
final class MatrixProducts {

    /** Columns of c per tile: 256 doubles (2 KB) per row, so the panel's rows stay cache-sized. */
    static final int TILE = 256;
    /** Rows of B per panel: a full panel is 256 x 256 doubles, 512 KB, inside a 1 MB L2 cache. */
    static final int DEPTH_BLOCK = 256;
    /** Rows (of dW) shorter than this are summed in place: copying them costs more than vectors save. */
    static final int VECTOR_FROM = 8;
    /** Below this many rows of c, packing B costs more than it saves. */
    static final int PACK_FROM_ROWS = 8;
    /**
     * Below this many columns of c, the packed kernel's row loops are too short to vectorize, and
     * packing and copying rows cost more than the sums: {@link #multiplyAddNarrow} sums in place, in
     * the packed kernel's order.
     */
    static final int PACK_FROM_COLUMNS = 8;
    /**
     * Products of fewer multiply-adds (rows x cols x depth) stay on one thread: below this, handing
     * rows to another thread and waiting costs too large a share of the product (figures in
     * docs/speed.md).
     */
    static final long PARALLEL_FROM_MACS = 1L << 20;

    private MatrixProducts() {}

    /**
     * c += A B, with c [rows][cols] row-major, A [rows][depth] and B [depth][cols] read through
     * their strides. c must not share memory with A or B. Without a workspace, plain loops do it.
     */
    static void multiplyAdd(double[] a, int aRowStride, int aColStride, double[] b, int bRowStride,
            int bColStride, double[] c, int rows, int cols, int depth, MatrixWorkspace workspace) {
        if (workspace == null || rows < PACK_FROM_ROWS) {
            multiplyAddPlain(a, aRowStride, aColStride, b, bRowStride, bColStride, c, rows, cols, depth);
            return;
        }
        if (cols < PACK_FROM_COLUMNS) {
            multiplyAddNarrow(a, aRowStride, aColStride, b, bRowStride, bColStride, c, rows, cols, depth);
            return;
        }
        MatrixThreads threads = workspace.threads();
        if (threads != null && rows >= 2 * PACK_FROM_ROWS && (long) rows * cols * depth >= PARALLEL_FROM_MACS) {
            threads.forEachPart(rows, workspace, (from, to, scratch) -> multiplyAddPacked(a, aRowStride, aColStride,
                    b, bRowStride, bColStride, c, from, to, cols, depth, scratch));
        } else {
            multiplyAddPacked(a, aRowStride, aColStride, b, bRowStride, bColStride, c, 0, rows, cols, depth, workspace);
        }
    }

    /**
     * Rows [from, to) of c += A B, packed. Each row of c is computed by the same operations in the same
     * order whichever rows share the call, so splitting the rows between threads changes no bits.
     */
    static void multiplyAddPacked(double[] a, int aRowStride, int aColStride, double[] b, int bRowStride,
            int bColStride, double[] c, int from, int to, int cols, int depth, MatrixWorkspace workspace) {
        for (int j0 = 0; j0 < cols; j0 += TILE) {
            int width = Math.min(TILE, cols - j0);
            for (int k0 = 0; k0 < depth; k0 += DEPTH_BLOCK) {
                int kn = Math.min(DEPTH_BLOCK, depth - k0);
                double[][] panel = workspace.panel(kn, width);
                pack(b, bRowStride, bColStride, k0, kn, j0, width, panel);
                double[] acc0 = workspace.accumulator(0, width);
                double[] acc1 = workspace.accumulator(1, width);
                int m = from;
                for (; m + 1 < to; m += 2) {
                    System.arraycopy(c, m * cols + j0, acc0, 0, width);
                    System.arraycopy(c, (m + 1) * cols + j0, acc1, 0, width);
                    accumulateTwoRows(a, m * aRowStride + k0 * aColStride, aRowStride, aColStride, panel, kn,
                            acc0, acc1, width);
                    System.arraycopy(acc0, 0, c, m * cols + j0, width);
                    System.arraycopy(acc1, 0, c, (m + 1) * cols + j0, width);
                }
                if (m < to) {
                    System.arraycopy(c, m * cols + j0, acc0, 0, width);
                    accumulateOneRow(a, m * aRowStride + k0 * aColStride, aColStride, panel, kn, acc0, width);
                    System.arraycopy(acc0, 0, c, m * cols + j0, width);
                }
            }
        }
    }

    /**
     * c += A B for c narrower than {@link #PACK_FROM_COLUMNS}, with no copies: each element summed
     * in exactly the packed kernel's order (per depth block, four terms summed first and added, the
     * block's remaining terms one at a time), so the choice between the two changes no bits.
     */
    private static void multiplyAddNarrow(double[] a, int aRowStride, int aColStride, double[] b, int bRowStride,
            int bColStride, double[] c, int rows, int cols, int depth) {
        int s = aColStride;
        int u = bRowStride;
        for (int m = 0; m < rows; m++) {
            for (int j = 0; j < cols; j++) {
                double sum = c[m * cols + j];
                for (int k0 = 0; k0 < depth; k0 += DEPTH_BLOCK) {
                    int kEnd = Math.min(depth, k0 + DEPTH_BLOCK);
                    int i = m * aRowStride + k0 * s;
                    int l = k0 * u + j * bColStride;
                    int k = k0;
                    for (; k + 3 < kEnd; k += 4, i += 4 * s, l += 4 * u) {
                        sum += a[i] * b[l] + a[i + s] * b[l + u] + a[i + 2 * s] * b[l + 2 * u]
                                + a[i + 3 * s] * b[l + 3 * u];
                    }
                    for (; k < kEnd; k++, i += s, l += u) {
                        sum += a[i] * b[l];
                    }
                }
                c[m * cols + j] = sum;
            }
        }
    }

    /** panel[k][t] = B(k0 + k, j0 + t) for k < kn, t < width. */
    private static void pack(double[] b, int bRowStride, int bColStride, int k0, int kn, int j0, int width,
            double[][] panel) {
        for (int k = 0; k < kn; k++) {
            double[] row = panel[k];
            int from = (k0 + k) * bRowStride + j0 * bColStride;
            if (bColStride == 1) {
                System.arraycopy(b, from, row, 0, width);
            } else {
                for (int t = 0; t < width; t++) {
                    row[t] = b[from + t * bColStride];
                }
            }
        }
    }

    /**
     * acc0[t] += sum_k A(m, k) panel[k][t] and acc1[t] += sum_k A(m + 1, k) panel[k][t], with A(m, k)
     * at a[aFrom + k * aColStride] and A(m + 1, k) one row stride further.
     */
    private static void accumulateTwoRows(double[] a, int aFrom, int aRowStride, int aColStride,
            double[][] panel, int kn, double[] acc0, double[] acc1, int width) {
        int k = 0;
        for (; k + 3 < kn; k += 4) {
            int i0 = aFrom + k * aColStride;
            int i1 = i0 + aRowStride;
            double x0 = a[i0], x1 = a[i0 + aColStride], x2 = a[i0 + 2 * aColStride], x3 = a[i0 + 3 * aColStride];
            double y0 = a[i1], y1 = a[i1 + aColStride], y2 = a[i1 + 2 * aColStride], y3 = a[i1 + 3 * aColStride];
            double[] p0 = panel[k], p1 = panel[k + 1], p2 = panel[k + 2], p3 = panel[k + 3];
            for (int t = 0; t < width; t++) {
                double v0 = p0[t], v1 = p1[t], v2 = p2[t], v3 = p3[t];
                acc0[t] += x0 * v0 + x1 * v1 + x2 * v2 + x3 * v3;
                acc1[t] += y0 * v0 + y1 * v1 + y2 * v2 + y3 * v3;
            }
        }
        for (; k < kn; k++) {
            double x0 = a[aFrom + k * aColStride];
            double y0 = a[aFrom + aRowStride + k * aColStride];
            double[] p0 = panel[k];
            for (int t = 0; t < width; t++) {
                acc0[t] += x0 * p0[t];
                acc1[t] += y0 * p0[t];
            }
        }
    }

    /** acc[t] += sum_k A(m, k) panel[k][t], A(m, k) at a[aFrom + k * aColStride]. */
    private static void accumulateOneRow(double[] a, int aFrom, int aColStride, double[][] panel, int kn,
            double[] acc, int width) {
        int k = 0;
        for (; k + 3 < kn; k += 4) {
            int i0 = aFrom + k * aColStride;
            double x0 = a[i0], x1 = a[i0 + aColStride], x2 = a[i0 + 2 * aColStride], x3 = a[i0 + 3 * aColStride];
            double[] p0 = panel[k], p1 = panel[k + 1], p2 = panel[k + 2], p3 = panel[k + 3];
            for (int t = 0; t < width; t++) {
                acc[t] += x0 * p0[t] + x1 * p1[t] + x2 * p2[t] + x3 * p3[t];
            }
        }
        for (; k < kn; k++) {
            double x0 = a[aFrom + k * aColStride];
            double[] p0 = panel[k];
            for (int t = 0; t < width; t++) {
                acc[t] += x0 * p0[t];
            }
        }
    }

    /** c += A B without packing, for a few rows: one output row at a time, k outer, j inner. */
    private static void multiplyAddPlain(double[] a, int aRowStride, int aColStride, double[] b,
            int bRowStride, int bColStride, double[] c, int rows, int cols, int depth) {
        for (int m = 0; m < rows; m++) {
            int cRow = m * cols;
            for (int k = 0; k < depth; k++) {
                double x = a[m * aRowStride + k * aColStride];
                int bRow = k * bRowStride;
                for (int j = 0; j < cols; j++) {
                    c[cRow + j] += x * b[bRow + j * bColStride];
                }
            }
        }
    }

    /**
     * z = x w^T + b for a few rows: z[r][o] = b[o] + sum_i x[r][i] w[o][i], x [rows][in],
     * w [out][in], z [rows][out]. Four outputs at a time where there are four (four independent
     * sums in flight), the rest one at a time; each sum starts from 0.0 and adds i in order.
     */
    static void affineFewRows(double[] x, double[] w, double[] b, double[] z, int rows, int in, int out) {
        for (int r = 0; r < rows; r++) {
            int xRow = r * in;
            int o = out >= 4 ? affineFourAtATime(x, xRow, w, b, z, r * out, in, out) : 0;
            for (; o < out; o++) {
                double s = 0.0;
                for (int i = 0; i < in; i++) {
                    s += x[xRow + i] * w[o * in + i];
                }
                z[r * out + o] = b[o] + s;
            }
        }
    }

    /**
     * {@link #affineFewRows}'s outputs in fours for the row of x at {@code xRow}, written from
     * {@code zRow}; returns how many outputs it did. A method of its own so that narrow layers, which
     * never use it, do not wait for the JIT to compile it.
     */
    private static int affineFourAtATime(double[] x, int xRow, double[] w, double[] b, double[] z, int zRow,
            int in, int out) {
        int o = 0;
        for (; o + 3 < out; o += 4) {
            int w0 = o * in, w1 = w0 + in, w2 = w1 + in, w3 = w2 + in;
            double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
            for (int i = 0; i < in; i++) {
                double v = x[xRow + i];
                s0 += v * w[w0 + i];
                s1 += v * w[w1 + i];
                s2 += v * w[w2 + i];
                s3 += v * w[w3 + i];
            }
            z[zRow + o] = b[o] + s0;
            z[zRow + o + 1] = b[o + 1] + s1;
            z[zRow + o + 2] = b[o + 2] + s2;
            z[zRow + o + 3] = b[o + 3] + s3;
        }
        return o;
    }

    /**
     * dW = dz^T x for a few rows: dW[o][i] = sum_r dz[r][o] x[r][i], dz [rows][out], x [rows][in],
     * dW [out][in] (overwritten). Each sum starts from 0.0 and adds the rows in order, one term at a
     * time, or, with {@code fourAtATime}, four rows' terms summed first (x0 v0 + x1 v1 + x2 v2 + x3 v3)
     * and the remaining rows one at a time: exactly what {@link #multiplyAdd} computes with and
     * without packing, so the choice between them changes no bits.
     *
     * <p>Rows of dW of at least {@link #VECTOR_FROM} entries are summed in an accumulator row over
     * copies of x's rows, then copied into place: every access in the inner loops then uses the same
     * index, which is what lets C2 vectorize them (with dW read at an offset it does not).
     */
    static void weightGradientFewRows(double[] dz, double[] x, double[] dW, int rows, int in, int out,
            boolean fourAtATime, MatrixWorkspace workspace) {
        if (in >= VECTOR_FROM) {
            weightGradientVectorRows(dz, x, dW, rows, in, out, fourAtATime, workspace);
            return;
        }
        // Rows shorter than VECTOR_FROM are summed in place in dW: there the copies would cost more
        // than vector instructions save (StatQuest's 1-2-1 network trains faster this way before C2
        // has compiled it).
        for (int o = 0; o < out; o++) {
            int row = o * in;
            int r;
            if (fourAtATime && rows >= 4) {
                firstFourRows(dz, o, out, x, in, dW, row);
                r = 4;
            } else {
                for (int i = 0; i < in; i++) {
                    dW[row + i] = 0.0 + dz[o] * x[i];
                }
                r = 1;
            }
            for (; r < rows; r++) {
                for (int i = 0; i < in; i++) {
                    dW[row + i] += dz[r * out + o] * x[r * in + i];
                }
            }
        }
    }

    /** dW[o][i] = the first four rows' terms, summed first, for {@link #weightGradientFewRows}. */
    private static void firstFourRows(double[] dz, int o, int out, double[] x, int in, double[] dW, int row) {
        for (int i = 0; i < in; i++) {
            dW[row + i] = 0.0 + (dz[o] * x[i] + dz[out + o] * x[in + i] + dz[2 * out + o] * x[2 * in + i]
                    + dz[3 * out + o] * x[3 * in + i]);
        }
    }

    /** {@link #weightGradientFewRows} for rows of dW of at least {@link #VECTOR_FROM} entries. */
    private static void weightGradientVectorRows(double[] dz, double[] x, double[] dW, int rows, int in, int out,
            boolean fourAtATime, MatrixWorkspace workspace) {
        double[][] xRows = workspace.panel(rows, in);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(x, r * in, xRows[r], 0, in);
        }
        double[] acc = workspace.accumulator(0, in);
        for (int o = 0; o < out; o++) {
            weightGradientRow(dz, o, out, xRows, rows, in, fourAtATime, acc);
            System.arraycopy(acc, 0, dW, o * in, in);
        }
    }

    /** acc[i] = sum_r dz[r][o] xRows[r][i] for i < in, summed as {@link #weightGradientFewRows} says. */
    private static void weightGradientRow(double[] dz, int o, int out, double[][] xRows, int rows, int in,
            boolean fourAtATime, double[] acc) {
        int r;
        if (fourAtATime && rows >= 4) {
            double d0 = dz[o], d1 = dz[out + o], d2 = dz[2 * out + o], d3 = dz[3 * out + o];
            double[] x0 = xRows[0], x1 = xRows[1], x2 = xRows[2], x3 = xRows[3];
            for (int i = 0; i < in; i++) {
                acc[i] = 0.0 + (d0 * x0[i] + d1 * x1[i] + d2 * x2[i] + d3 * x3[i]);
            }
            r = 4;
        } else {
            double d = dz[o];
            double[] x0 = xRows[0];
            for (int i = 0; i < in; i++) {
                acc[i] = 0.0 + d * x0[i];
            }
            r = 1;
        }
        for (; r < rows; r++) {
            double d = dz[r * out + o];
            double[] xr = xRows[r];
            for (int i = 0; i < in; i++) {
                acc[i] += d * xr[i];
            }
        }
    }

    /**
     * dx = dz W for a few rows: dx[r][i] = sum_o dz[r][o] W[o][i], dz [rows][out], W [out][in],
     * dx [rows][in] (overwritten). Each sum starts from 0.0 and adds o in order, as the unpacked
     * {@link #multiplyAdd} does, along contiguous rows of dx and W.
     */
    static void inputGradientFewRows(double[] dz, double[] w, double[] dx, int rows, int in, int out) {
        for (int r = 0; r < rows; r++) {
            int xRow = r * in;
            double d = dz[r * out];
            for (int i = 0; i < in; i++) {
                dx[xRow + i] = 0.0 + d * w[i];
            }
            for (int o = 1; o < out; o++) {
                double e = dz[r * out + o];
                int wRow = o * in;
                for (int i = 0; i < in; i++) {
                    dx[xRow + i] += e * w[wRow + i];
                }
            }
        }
    }
}
