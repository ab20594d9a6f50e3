package dev.nnscript.cli.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputValuesTest {

    private static final List<String> IRIS = List.of("petal_width", "sepal_width");

    @Test
    void readsValuesInDeclaredOrder() {
        assertArrayEquals(new double[] {0.04, 0.42}, InputValues.parse("0.04,0.42", IRIS));
    }

    @Test
    void readsNamedValuesInAnyOrder() {
        assertArrayEquals(new double[] {0.04, -0.42}, InputValues.parse("sepal_width=-0.42, petal_width=0.04", IRIS));
    }

    @Test
    void readsNegativeNumbersAsTyped() {
        assertArrayEquals(new double[] {-0.5}, InputValues.parse("-0.5", List.of("dosage")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "0.04|expected 2 values (petal_width, sepal_width), got 1",
        "0.04,0.42,1|expected 2 values (petal_width, sepal_width), got 3",
        "0.04,abc|'abc' is not a finite number",
        "0.04,NaN|'NaN' is not a finite number",
        "petal_width=1,0.5|name every value or none: '0.5'",
        "petal_width=1,petal_width=2|'petal_width' is given twice",
        "petal_width=1|no value for 'sepal_width'",
        "petal=1,sepal_width=2|unknown input 'petal' (inputs: petal_width, sepal_width)",
    })
    void explainsWhatIsWrong(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputValues.parse(text, IRIS));
        assertEquals(message, e.getMessage());
    }
}
