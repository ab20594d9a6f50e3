package dev.nnscript.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrictNumberParserTest {

    @ParameterizedTest
    @CsvSource({"2, 2", "-0.85, -0.85", ".5, 0.5", "1.7e0, 1.7", "-1.6E1, -16", "+3, 3", "5., 5"})
    void readsTheLanguagesNumbers(String text, double expected) {
        assertEquals(expected, StrictNumberParser.parse(text).getAsDouble(), 0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NaN", "Infinity", "-Infinity", "0x1p3", "1d", "2f", "1e999", "abc", "1,5", "- 1", "."})
    void refusesEverythingElse(String text) {
        assertTrue(StrictNumberParser.parse(text).isEmpty(), text);
    }

    /** The grammar's NUMBER token as a regular expression, the reference. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    /** Near-numbers, with a character outside Latin-1 and one that is a digit elsewhere. */
    private static final String ALPHABET = "0123456789.+-eE x\u0663\u20ac";

    @Test
    void theCommandLineReadsThePatternsFiniteNumbers() {
        qt().forAll(strings().betweenCodePoints(0, ALPHABET.length() - 1).ofLengthBetween(0, 7)
                .map(StrictNumberParserTest::fromAlphabet)).checkAssert(text -> {
                    boolean number = NUMBER.matcher(text).matches() && Double.isFinite(Double.parseDouble(text));
                    assertEquals(number, StrictNumberParser.parse(text).isPresent(), () -> "'" + text + "'");
                });
    }

    private static String fromAlphabet(String codes) {
        StringBuilder out = new StringBuilder(codes.length());
        codes.codePoints().forEach(c -> out.append(ALPHABET.charAt(c)));
        return out.toString();
    }
}
