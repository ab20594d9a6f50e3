/**
 * The workload driver that {@code benchmarks/compare.sh} runs for W3, W4 and W5 (the workloads the
 * CLI has no verb for), one fresh JVM per run so the figures are cold, as a CLI run is. Each run
 * times core's {@code Trainer.train} call and prints one JSON line with the same fields as the
 * PyTorch reference scripts, so one summarizer reads both.
 */
package dev.nnscript.benchmarks.driver;
