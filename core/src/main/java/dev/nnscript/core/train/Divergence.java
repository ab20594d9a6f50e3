package dev.nnscript.core.train;

/**
 * Where and why training diverged. The update that led to it is undone: the result keeps the
 * parameters whose loss was last measured finite.
 *
 * @param step the 1-based step at which it showed: for a loss, the step whose loss was not finite
 *     (step s measures the parameters left by s - 1 updates; step {@code steps + 1} is the final
 *     measurement after the last update); for a parameter, the step whose update overflowed it
 * @param reason what was not finite, e.g. "loss is NaN" or "a parameter became -Infinity"
 */
public record Divergence(long step, String reason) {}
