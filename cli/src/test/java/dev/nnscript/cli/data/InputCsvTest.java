package dev.nnscript.cli.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nnscript.cli.InvalidInputException;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputCsvTest {

    private static final List<String> IRIS = List.of("petal_width", "sepal_width");

    private static InputCsv csv(String text) {
        return new InputCsv(new BufferedReader(new StringReader(text)), "in.csv", IRIS);
    }

    @Test
    void matchesColumnsByNameAndIgnoresTheRest() {
        InputCsv rows = csv("\uFEFFspecies,\"sepal_width\",petal_width\r\n\"setosa, wild\",0.42,0.04\n\nvirginica,-1,2e0\n");
        double[] x = new double[8];
        assertEquals(2, rows.read(x, 4));
        assertArrayEquals(new double[] {0.04, 0.42, 2, -1}, Arrays.copyOf(x, 4));
        assertEquals(0, rows.read(x, 4));
    }

    @Test
    void readsInChunks() {
        InputCsv rows = csv("petal_width,sepal_width\n1,2\n3,4\n5,6\n");
        double[] x = new double[4];
        assertEquals(2, rows.read(x, 2));
        assertEquals(1, rows.read(x, 2));
        assertEquals(5.0, x[0]);
        assertEquals(0, rows.read(x, 2));
    }

    @Test
    void pointsAtABadNumber() {
        InputCsv rows = csv("petal_width,sepal_width\n1,2\n3, x4\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> rows.read(new double[10], 5));
        assertEquals("in.csv:3:3: error: 'x4' is not a finite number\n  3, x4\n    ^", e.getMessage());
    }

    @Test
    void pointsAtAShortRow() {
        InputCsv rows = csv("petal_width,sepal_width\n1\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> rows.read(new double[10], 5));
        assertEquals("in.csv:2:1: error: expected 2 fields as in the header, found 1\n  1\n  ^", e.getMessage());
    }

    @Test
    void namesAMissingColumn() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> csv("petal_width,x\n1,2\n"));
        assertEquals("in.csv:1:1: error: no column named 'sepal_width' (columns: petal_width, x)\n  petal_width,x\n  ^",
                e.getMessage());
    }

    @Test
    void refusesAnEmptyFile() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> csv(""));
        assertEquals("in.csv:1:1: error: the file is empty; expected a header row naming petal_width, sepal_width",
                e.getMessage());
    }
}
