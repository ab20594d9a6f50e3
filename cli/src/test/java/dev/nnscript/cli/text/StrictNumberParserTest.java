package dev.nnscript.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
