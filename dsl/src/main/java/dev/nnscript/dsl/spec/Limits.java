package dev.nnscript.dsl.spec;

/**
 * Sizes a script may ask for, so that a typo such as {@code hidden 100000000000 relu} is reported
 * before anything is allocated rather than ending in an OutOfMemoryError. The validator checks
 * them, and the parser already while it expands a name range such as {@code x1..x100}.
 */
public final class Limits {

    /** Nodes in one layer. */
    public static final long MAX_LAYER_WIDTH = 10_000_000L;

    /** Weights and biases in the whole network: 10^8 doubles are 800 MB. */
    public static final long MAX_PARAMETERS = 100_000_000L;

    private Limits() {}
}
