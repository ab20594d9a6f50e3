package dev.nnscript.cli.text;

/** A count with its noun, as the command line's messages write it: "1 step", "1600 steps". */
public final class Counts {

    private Counts() {}

    /** {@code n} and {@code noun}, with an s unless n is 1. */
    public static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
