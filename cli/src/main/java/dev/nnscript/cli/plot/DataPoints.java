package dev.nnscript.cli.plot;

/**
 * Training rows drawn over a one-input plot: each row's input and its target for one output.
 *
 * @param label the legend's name for the points, e.g. "effectiveness (data)"
 * @param xs the rows' input values
 * @param ys the rows' targets for the output, same length
 */
public record DataPoints(String label, double[] xs, double[] ys) {}
