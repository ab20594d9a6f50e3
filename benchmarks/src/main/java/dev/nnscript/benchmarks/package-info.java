/**
 * Measuring nnscript against its references. {@code jmh} holds the JMH benchmarks (warm figures);
 * {@code driver} holds the workload driver that {@code benchmarks/compare.sh} runs in a fresh JVM
 * per run (cold figures, as a CLI run is). {@link dev.nnscript.benchmarks.BenchmarkNetworks} builds
 * the networks both use. Arrays follow core's conventions: flat, row-major [rows][columns].
 */
package dev.nnscript.benchmarks;
