package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expectation convention: words equal, printed numbers rounding to the written ones. */
class RoundedTextTest {

    @ParameterizedTest(name = "''{0}'' vs ''{1}'': {2}")
    @CsvSource(delimiter = '|', value = {
        "b3 = 2.61                      | b3 = 2.61                           | true",
        "b3 = 2.61                      | b3 = 2.609                          | true",
        "b3 = 2.61                      | b3 = 2.6089111                      | true",
        "b3 = 2.61                      | b3 = 2.604                          | false",
        "b3 = 2.61                      | b3 = 2.616                          | false",
        "b3 = 2.61                      | b4 = 2.61                           | false",
        "b3 = 2.61                      | b3 = 2.61 (trained)                 | false",
        "x = 0                          | x = 0.4                             | true",
        "x = 0                          | x = -0.6                            | false",
        "w=[-1.22, -2.30] b=2.61        | w=[-1.2159, -2.3038] b=2.6067       | true",
        "w=[-1.22, -2.30] b=2.61        | w=[-1.2159, -2.3138] b=2.6067       | false",
        "loss (cross-entropy) = 0.5917  | loss (cross-entropy) = 0.5917       | true",
        "loss (cross-entropy) = 0.5917  | loss (binary-cross-entropy) = 0.5917 | false",
        "small = 1.7e-5                 | small = 1.74e-5                     | true",
        "small = 1.7e-5                 | small = 1.76e-5                     | false",
        "output 0, 1, 2 softmax         | output 0, 1, 2 softmax              | true",
    })
    void matchesAtTheWrittenPrecision(String expected, String printed, boolean matches) {
        assertEquals(matches, RoundedText.of(expected).matches(printed));
    }
}
