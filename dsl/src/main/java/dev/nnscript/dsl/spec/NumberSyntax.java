package dev.nnscript.dsl.spec;

/**
 * The {@code .nn} number syntax, the grammar's NUMBER token:
 * {@code [+-]?(digits[.digits?] | .digits)([eE][+-]?digits)?} (no NaN, Infinity, hex or type
 * suffix; its test holds both forms to the generated lexer). The one recognizer behind data cells,
 * inline table cells and every number the command line reads; the byte form reads CSV bytes
 * without making a string, and neither uses a regular expression, whose first use costs a one-shot
 * {@code nnrun} run start-up time.
 */
public final class NumberSyntax {

    private NumberSyntax() {}

    /** True when {@code bytes[from..to)} is one number, nothing before or after it. */
    public static boolean isNumber(byte[] bytes, int from, int to) {
        int i = from;
        if (i < to && (bytes[i] == '+' || bytes[i] == '-')) {
            i++;
        }
        int whole = digits(bytes, i, to);
        i += whole;
        int fraction = 0;
        if (i < to && bytes[i] == '.') {
            i++;
            fraction = digits(bytes, i, to);
            i += fraction;
        }
        if (whole == 0 && fraction == 0) {
            return false;
        }
        if (i < to && (bytes[i] == 'e' || bytes[i] == 'E')) {
            i++;
            if (i < to && (bytes[i] == '+' || bytes[i] == '-')) {
                i++;
            }
            int exponent = digits(bytes, i, to);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == to;
    }

    /**
     * True when {@code text} is one number, nothing before or after it. The same scan as the byte
     * form, written twice rather than behind an accessor so the CSV reader's loop stays a plain
     * array walk; the test holds both to the lexer.
     */
    public static boolean isNumber(CharSequence text) {
        int to = text.length();
        int i = 0;
        if (i < to && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int whole = digits(text, i, to);
        i += whole;
        int fraction = 0;
        if (i < to && text.charAt(i) == '.') {
            i++;
            fraction = digits(text, i, to);
            i += fraction;
        }
        if (whole == 0 && fraction == 0) {
            return false;
        }
        if (i < to && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < to && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = digits(text, i, to);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == to;
    }

    private static int digits(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /** How many ASCII digits start at {@code from}. */
    private static int digits(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && bytes[i] >= '0' && bytes[i] <= '9') {
            i++;
        }
        return i - from;
    }
}
