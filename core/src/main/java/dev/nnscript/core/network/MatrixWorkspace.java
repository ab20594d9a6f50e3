package dev.nnscript.core.network;

/**
 * Scratch memory for {@link MatrixProducts}: a packed panel of the right-hand matrix and two
 * accumulator rows. Each row is its own array starting at index 0, which is what lets the JIT
 * vectorize the inner loops (it only vectorizes when every access in a loop uses the same index).
 *
 * <p>One workspace per thread: a {@link ForwardTrace} owns one. Buffers grow on first use to the
 * largest shapes seen and are then reused, so steady-state passes allocate nothing. A workspace
 * for more than one thread also has {@link MatrixThreads} for large products (their hand-offs
 * allocate a little per product).
 */
public final class MatrixWorkspace {

    private final MatrixThreads threads;

    private double[][] panel = new double[0][0];
    private double[] accumulator0 = new double[0];
    private double[] accumulator1 = new double[0];

    /** A workspace for products on the calling thread only. */
    public MatrixWorkspace() {
        this(1);
    }

    /** @param threads how many threads large products may use, the caller included (at least 1) */
    public MatrixWorkspace(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a workspace needs at least 1 thread, not " + threads);
        }
        this.threads = threads == 1 ? null : new MatrixThreads(threads);
    }

    /** The helper threads, or null for one thread. */
    MatrixThreads threads() { return threads; }

    /** A panel of at least {@code rows} rows of at least {@code columns} entries. */
    double[][] panel(int rows, int columns) {
        if (panel.length < rows || panel[0].length < columns) {
            panel = new double[Math.max(rows, panel.length)][Math.max(columns, panel.length == 0 ? 0 : panel[0].length)];
        }
        return panel;
    }

    /** Accumulator row 0 (1 with {@code which == 1}) of at least {@code columns} entries. */
    double[] accumulator(int which, int columns) {
        if (accumulator0.length < columns) {
            accumulator0 = new double[columns];
            accumulator1 = new double[columns];
        }
        return which == 0 ? accumulator0 : accumulator1;
    }
}
