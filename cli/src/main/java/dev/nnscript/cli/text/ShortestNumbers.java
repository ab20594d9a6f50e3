package dev.nnscript.cli.text;

/**
 * Numbers in the shortest form that parses back to the same double, for CSV and JSON output.
 *
 * <p>The one place the CLI formats a number for a machine to read back. It delegates to
 * {@link Double#toString}, which round-trips exactly; the dsl module's shortest formatter (Java 17's
 * {@code Double.toString} is not always the shortest) takes its place once it is merged.
 */
public final class ShortestNumbers {

    private ShortestNumbers() {}

    public static String format(double value) {
        return Double.toString(value);
    }
}
