package dev.nnscript.dsl.parser;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import dev.nnscript.dsl.spec.ParameterList;
import java.util.Arrays;
import org.antlr.v4.runtime.Token;

/**
 * Splits a NUMBER_LIST token ({@code [1.7, -0.85, ?]}, already checked by the lexer: numbers or
 * {@code ?} separated by commas, spaces and tabs, on one line) into a compact {@link ParameterList}.
 *
 * <p>Why it is written this way: a model file is usually loaded once by a fresh JVM, so this code
 * runs before the JIT has compiled it. Commas are found with {@link String#indexOf(int, int)} (an
 * intrinsic, fast even when called from interpreted code) rather than a loop over every character,
 * so the interpreted work per entry is a handful of steps plus the number itself; numbers are read in
 * place by fastdoubleparser (correctly rounded, as Double.parseDouble, without a substring each).
 */
final class ParameterListSplitter {

    private ParameterListSplitter() {}

    static ParameterList entries(Token token, String fileName) {
        String text = token.getText();
        int end = text.length() - 1; // at ']'
        // Each entry but the last takes at least two characters ("1,"), so this many is enough.
        int capacity = text.length() / 2 + 1;
        double[] values = new double[capacity];
        boolean[] unknown = new boolean[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int count = 0;
        int from = 1; // after '['
        while (from < end) {
            int comma = text.indexOf(',', from);
            int stop = comma < 0 ? end : comma;
            int start = skipSpaces(text, from, stop);
            int last = trimSpaces(text, start, stop);
            starts[count] = start;
            ends[count] = last;
            if (text.charAt(start) == '?') {
                unknown[count] = true;
            } else {
                values[count] = JavaDoubleParser.parseDouble(text, start, last - start);
            }
            count++;
            from = stop + 1;
        }
        // The token is ASCII and on one line: an entry's column is the token's plus its offset.
        SourcePosition at = new SourcePosition(fileName, Math.max(1, token.getLine()), token.getCharPositionInLine() + 1);
        return new ParameterList(Arrays.copyOf(values, count), Arrays.copyOf(unknown, count), text,
                Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), at);
    }

    /** The first index in [from, stop) that is not a space or tab (the lexer guarantees one). */
    private static int skipSpaces(String text, int from, int stop) {
        int i = from;
        while (i < stop && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of [start, stop) without trailing spaces and tabs. */
    private static int trimSpaces(String text, int start, int stop) {
        int i = stop;
        while (i > start && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }
}
