package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The two kinds of expectation, and the in-order check over an output. */
class ExpectationTest {

    private final Expectation atLeast = Expectation.AtLeast.parse("held-out accuracy = 0.93", 7);

    @Test
    void atLeastTakesTheLastNumberAsTheBound() {
        assertEquals(new Expectation.AtLeast("held-out accuracy = ", new java.math.BigDecimal("0.93"), 7), atLeast);
    }

    @Test
    void atLeastAcceptsTheBoundAndMoreWithAnyTail() {
        assertTrue(atLeast.matches("held-out accuracy = 0.93"));
        assertTrue(atLeast.matches("  held-out accuracy = 0.9667 (29 of 30 held-out rows)"));
        assertTrue(atLeast.matches("held-out accuracy = 1 (30 of 30 held-out rows)"));
    }

    @Test
    void atLeastRejectsLessOrOtherText() {
        assertFalse(atLeast.matches("held-out accuracy = 0.9299"));
        assertFalse(atLeast.matches("accuracy = 0.99 (148 of 150 training rows)"));
        assertFalse(atLeast.matches("held-out accuracy = n/a"));
    }

    @Test
    void atLeastNeedsANumberAtTheEnd() {
        assertThrows(IllegalArgumentException.class, () -> Expectation.AtLeast.parse("accuracy high", 1));
        assertThrows(IllegalArgumentException.class, () -> Expectation.AtLeast.parse("accuracy 0.9 or so", 1));
    }

    @Test
    void expectationsMatchInOrder() {
        ExampleFile example = new ExampleFile(java.nio.file.Path.of("x.nn"), "nnrun x.nn", List.of(
                new Expectation.Line("dosage = 0.5", 2), new Expectation.Line("effectiveness = 1.01", 3)));
        assertEquals(List.of(), OutputCheck.failures(example, List.of("dosage = 0.5", "  effectiveness = 1.01")));
        assertEquals(List.of("x.nn:2: no output line matches 'expect: dosage = 0.5'"),
                OutputCheck.failures(example, List.of("effectiveness = 1.01", "dosage = 0.6")));
        assertEquals(List.of("x.nn:3: no output line after line 2 matches 'expect: effectiveness = 1.01'"),
                OutputCheck.failures(example, List.of("effectiveness = 1.01", "dosage = 0.5")));
    }
}
