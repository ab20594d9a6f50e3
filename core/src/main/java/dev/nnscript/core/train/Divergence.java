package dev.nnscript.core.train;

/**
 * Where and why training diverged. The parameters left by the last update gave the non-finite loss,
 * so that update is undone: the result keeps the parameters whose loss was last measured finite.
 *
 * @param step the 1-based step whose loss was not finite (step s measures the parameters left by
 *     s - 1 updates; step {@code steps + 1} is the final measurement after the last update)
 * @param reason what was not finite, e.g. "loss is NaN"
 */
public record Divergence(long step, String reason) {}
