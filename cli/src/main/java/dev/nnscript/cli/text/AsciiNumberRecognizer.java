package dev.nnscript.cli.text;

/**
 * Recognises the {@code .nn} number syntax in ASCII bytes without making a string:
 * {@code [+-]?(digits[.digits?] | .digits)([eE][+-]?digits)?} (its test checks it against that
 * pattern). {@link StrictNumberParser} reads command-line values with it too: a regular expression's
 * first use costs a one-shot {@code nnrun} run start-up time.
 */
public final class AsciiNumberRecognizer {

    private AsciiNumberRecognizer() {}

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

    /** How many ASCII digits start at {@code from}. */
    private static int digits(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && bytes[i] >= '0' && bytes[i] <= '9') {
            i++;
        }
        return i - from;
    }
}
