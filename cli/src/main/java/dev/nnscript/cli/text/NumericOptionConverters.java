package dev.nnscript.cli.text;

import dev.nnscript.dsl.spec.NonFiniteWords;
import dev.nnscript.dsl.spec.NumberSyntax;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/**
 * picocli converters that read every numeric option in the {@code .nn} number syntax, so
 * {@code --lr}, {@code --epochs}, {@code --from} and {@code --input} accept and refuse the same
 * texts ({@code 0x10}, {@code 0x1p3}, {@code NaN}, {@code 1d} are refused everywhere). Whole
 * numbers are written as {@code .nn} whole numbers are: digits with an optional sign.
 */
public final class NumericOptionConverters {

    private NumericOptionConverters() {}

    /**
     * Registers the converters for every double, long and int option of {@code commandLine} and its
     * subcommands. Classes, not lambdas: a lambda's first use costs start-up time.
     */
    public static void register(CommandLine commandLine) {
        Decimal decimal = new Decimal();
        Whole whole = new Whole();
        WholeInt wholeInt = new WholeInt();
        commandLine.registerConverter(Double.class, decimal);
        commandLine.registerConverter(Double.TYPE, decimal);
        commandLine.registerConverter(Long.class, whole);
        commandLine.registerConverter(Long.TYPE, whole);
        commandLine.registerConverter(Integer.class, wholeInt);
        commandLine.registerConverter(Integer.TYPE, wholeInt);
    }

    private static final class Decimal implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            return decimal(text);
        }
    }

    private static final class Whole implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return whole(text, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    private static final class WholeInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return (int) whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }

    /** A finite number in the {@code .nn} syntax. */
    public static double decimal(String text) {
        OptionalDouble value = StrictNumberParser.parse(text);
        if (value.isPresent()) {
            return value.getAsDouble();
        }
        if (isNumberText(text)) {
            throw new TypeConversionException("number '" + text + "' is too large for a double");
        }
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (NonFiniteWords.value(unsigned).isPresent()) {
            throw new TypeConversionException("'" + text + "' is not a finite number");
        }
        throw new TypeConversionException("'" + text + "' is not a number (write numbers as in a .nn file: 2, -0.5, 1e-3)");
    }

    /** A whole number in the {@code .nn} syntax ({@code [+-]?[0-9]+}) within [min, max]. */
    public static long whole(String text, long min, long max) {
        if (!isWholeText(text)) {
            throw new TypeConversionException("'" + text + "' is not a whole number (write digits, such as 100)");
        }
        long value;
        try {
            value = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException beyondLong) {
            throw outOfRange(text, min, max);
        }
        if (value < min || value > max) {
            throw outOfRange(text, min, max);
        }
        return value;
    }

    private static TypeConversionException outOfRange(String text, long min, long max) {
        return new TypeConversionException("whole number '" + text + "' is out of range (" + min + " to " + max + ")");
    }

    private static boolean isNumberText(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return NumberSyntax.isNumber(bytes, 0, bytes.length);
    }

    /** Digits with an optional sign: the {@code .nn} whole-number form. */
    private static boolean isWholeText(String text) {
        int start = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
