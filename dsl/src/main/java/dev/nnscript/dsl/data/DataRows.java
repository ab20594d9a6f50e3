package dev.nnscript.dsl.data;

/**
 * Data rows as numbers: inputs row-major [rows][inputCount] in the network's input order, targets
 * row-major [rows][outputCount] in its output order (one-hot for class labels).
 */
public record DataRows(double[] inputs, double[] targets, int rows, int inputCount, int outputCount) {}
