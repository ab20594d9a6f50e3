package dev.nnscript.cli.text;

/**
 * Numbers for people to read, four significant digits: the dsl's {@link
 * dev.nnscript.dsl.print.ReadableNumbers}, so the Groovy builder's results read as nnrun prints.
 */
public final class ReadableNumbers {

    private ReadableNumbers() {}

    public static String format(double value) {
        return dev.nnscript.dsl.print.ReadableNumbers.format(value);
    }
}
