/**
 * JMH benchmarks of the engine's hot paths, warm: forward passes and training steps for the 1-2-1,
 * 64-32-10 and 784-256-256-10 networks at batch 1 and 128, whole training calls with the settings
 * of workloads W3-W5 ({@link dev.nnscript.benchmarks.jmh.WorkloadTrainingBenchmark}), W2's
 * batch-inference path ({@link dev.nnscript.benchmarks.jmh.BatchInferenceBenchmark}), and parsing a
 * large {@code .nn} file.
 * Run them from the shaded jar: {@code java -jar benchmarks/target/benchmarks.jar}; add
 * {@code -prof gc} to see allocation per operation.
 */
package dev.nnscript.benchmarks.jmh;
