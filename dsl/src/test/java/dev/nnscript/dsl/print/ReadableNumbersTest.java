package dev.nnscript.dsl.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadableNumbersTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
        "1.0100000000000016, 1.01",
        "-0.6799999999999999, -0.68",
        "1.2600000000000002, 1.26",
        "-12.598, -12.6",
        "3.402, 3.402",
        "0.0, 0",
        "-0.0, 0",
        "12.6, 12.6",
        "-16, -16",
        "123456.7, 123457",
        "0.00012346, 0.0001235",
        "0.000012345, 1.234e-5",
        "2.5e12, 2.5e12",
        "0.97312, 0.9731",
        "1e-300, 1e-300",
    })
    void roundsToFourSignificantDigits(double value, String expected) {
        assertEquals(expected, ReadableNumbers.format(value));
    }

    @ParameterizedTest
    @CsvSource({"NaN, NaN", "Infinity, Infinity", "-Infinity, -Infinity"})
    void namesNonFiniteValues(double value, String expected) {
        assertEquals(expected, ReadableNumbers.format(value));
    }
}
