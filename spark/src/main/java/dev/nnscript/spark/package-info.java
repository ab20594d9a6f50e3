/**
 * nnscript on Apache Spark: {@link dev.nnscript.spark.NnModel}, a Spark ML Transformer scoring rows
 * with a {@code .nn} network, and {@link dev.nnscript.spark.SparkTrainer}, data-parallel training
 * whose per-partition gradients core's trainer sums and steps on (core's
 * {@link dev.nnscript.core.train.GradientSource}). Networks travel as canonical {@code .nn} text and
 * are parsed once per executor JVM; parameters travel as one flat {@code double[]} per step.
 */
package dev.nnscript.spark;
