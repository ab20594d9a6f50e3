package dev.nnscript.reference.dl4j;

import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's thread pools. libnd4j sizes its OpenMP pool from OMP_NUM_THREADS when the backend loads
 * (compare.sh sets it, with OPENBLAS_NUM_THREADS and MKL_NUM_THREADS); the calls here set the same
 * limits again from inside, so a run by hand without the variables still gets the asked count.
 */
final class Threads {

    private Threads() {}

    /** Loads the backend (the first Nd4j call does) and caps its OpenMP and BLAS threads. */
    static void limit(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /** The thread counts the backend reports, as result fields. */
    static ResultLine describe(ResultLine line) {
        return line.put("engine_threads", Nd4j.getEnvironment().maxThreads())
                .put("master_threads", Nd4j.getEnvironment().maxMasterThreads())
                .put("blas_threads", Nd4j.factory().blas().getMaxThreads())
                .put("backend", Nd4j.getBackend().getClass().getSimpleName());
    }
}
