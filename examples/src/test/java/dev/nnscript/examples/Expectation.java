package dev.nnscript.examples;

import java.math.BigDecimal;
import java.util.regex.Matcher;

/**
 * One expectation an example states about its standard output, with the script line it came from.
 * Expectations are checked in order, each against the output lines after the previous match.
 */
sealed interface Expectation {

    /** The 1-based line of the script that states it, for failure messages. */
    int line();

    boolean matches(String outputLine);

    /** {@code # expect: TEXT}: a whole output line (trimmed) reads as TEXT, numbers rounded as written. */
    record Line(String text, int line) implements Expectation {
        @Override
        public boolean matches(String outputLine) {
            return RoundedText.of(text).matches(outputLine.strip());
        }

        @Override
        public String toString() {
            return "expect: " + text;
        }
    }

    /**
     * {@code # expect-at-least: TEXT NUMBER}: an output line (trimmed) starts with TEXT followed by
     * a number of at least NUMBER; the rest of the line is free (say, "(29 of 30 held-out rows)").
     */
    record AtLeast(String prefix, BigDecimal bound, int line) implements Expectation {
        /** @throws IllegalArgumentException when the text does not end with a number */
        static AtLeast parse(String text, int line) {
            Matcher m = RoundedText.NUMBER.matcher(text);
            int start = -1;
            int end = -1;
            while (m.find()) {
                start = m.start();
                end = m.end();
            }
            if (start < 0 || end != text.length()) {
                throw new IllegalArgumentException("line " + line + ": expect-at-least needs TEXT NUMBER, got '"
                        + text + "'");
            }
            return new AtLeast(text.substring(0, start), new BigDecimal(text.substring(start)), line);
        }

        @Override
        public boolean matches(String outputLine) {
            String trimmed = outputLine.strip();
            if (!trimmed.startsWith(prefix)) {
                return false;
            }
            Matcher m = RoundedText.NUMBER.matcher(trimmed).region(prefix.length(), trimmed.length());
            return m.lookingAt() && new BigDecimal(m.group()).compareTo(bound) >= 0;
        }

        @Override
        public String toString() {
            return "expect-at-least: " + prefix + bound.toPlainString();
        }
    }
}
