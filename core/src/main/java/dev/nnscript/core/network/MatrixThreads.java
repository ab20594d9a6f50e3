package dev.nnscript.core.network;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Helper threads for one workspace's large products: a product's rows are cut into one contiguous
 * part per thread; the caller computes the first part and helpers the others, each with scratch of
 * its own, and the call returns when every part is done. Which thread computes a row never changes
 * how it is computed, so results do not depend on the thread count or on timing.
 *
 * <p>Helpers are daemon threads, started on first use and ended after {@link #IDLE_SECONDS} idle,
 * so a trace that is dropped holds no thread and nothing needs closing.
 */
final class MatrixThreads {

    /** Computes rows [from, to) of a product with {@code scratch}. */
    interface RowTask {
        void run(int from, int to, MatrixWorkspace scratch);
    }

    private static final long IDLE_SECONDS = 1;

    private final int threads;
    private final MatrixWorkspace[] helperScratch;
    private final Future<?>[] pending;
    private final ThreadPoolExecutor helpers;

    /** @param threads the caller and threads - 1 helpers, at least 2 */
    MatrixThreads(int threads) {
        if (threads < 2) {
            throw new IllegalArgumentException("helper threads are for 2 threads or more, not " + threads);
        }
        this.threads = threads;
        this.helperScratch = new MatrixWorkspace[threads - 1];
        for (int h = 0; h < helperScratch.length; h++) {
            helperScratch[h] = new MatrixWorkspace();
        }
        this.pending = new Future<?>[threads - 1];
        this.helpers = new ThreadPoolExecutor(threads - 1, threads - 1, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "nnscript-matrix");
                    thread.setDaemon(true);
                    return thread;
                });
        helpers.allowCoreThreadTimeOut(true);
    }

    int threads() { return threads; }

    /** Runs {@code task} over [0, rows) in one part per thread; the caller's part uses {@code own}. */
    void forEachPart(int rows, MatrixWorkspace own, RowTask task) {
        for (int p = 1; p < threads; p++) {
            int from = (int) ((long) rows * p / threads);
            int to = (int) ((long) rows * (p + 1) / threads);
            MatrixWorkspace scratch = helperScratch[p - 1];
            pending[p - 1] = helpers.submit(() -> task.run(from, to, scratch));
        }
        RuntimeException failure = null;
        try {
            task.run(0, rows / threads, own);
        } catch (RuntimeException e) {
            failure = e;
        }
        // Wait for every helper, even after a failure: they write into the result.
        for (int h = 0; h < pending.length; h++) {
            try {
                pending[h].get();
            } catch (ExecutionException e) {
                failure = failure != null ? failure : new IllegalStateException("a matrix helper failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : new IllegalStateException("interrupted in a matrix product", e);
            }
            pending[h] = null;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
