package dev.nnscript.dsl;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Hostile files end in the right diagnostics, pinned in full (position and message): no exception
 * escapes, no stack overflow.
 * The timeout is only a guard against hangs, not a performance assertion.
 */
class MalformedInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final String HEAD = "input a, b\n";

    private static LoadResult load(byte[] bytes) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> NnScripts.load(bytes, "bad.nn", Path.of("")));
    }

    /** The file fails with exactly these errors ({@code bad.nn:LINE:COLUMN: error: MESSAGE}), in this order. */
    private static void assertErrors(String source, String... expected) {
        assertErrors(source.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static void assertErrors(byte[] bytes, String... expected) {
        LoadResult result = load(bytes);
        assertFalse(result.succeeded());
        assertEquals(List.of(expected), result.diagnostics().stream().filter(Diagnostic::isError)
                .map(Diagnostic::toString).toList(), result::formattedDiagnostics);
    }

    @Test
    void emptyFile() {
        assertErrors("", "bad.nn:1:1: error: missing 'input' line, such as 'input dosage'",
                "bad.nn:1:1: error: missing 'output' line, such as 'output effectiveness relu w=1.0 b=0'");
    }

    @Test
    void binaryJunk() {
        byte[] junk = new byte[4096];
        new SplittableRandom(7).nextBytes(junk);
        LoadResult result = load(junk);
        assertFalse(result.succeeded());
        assertEquals(1, result.diagnostics().size(), result::formattedDiagnostics);
    }

    @Test
    void nulByteAndInvalidUtf8AreReportedWhereTheyAre() {
        assertErrors(new byte[] {'i', 'n', 'p', 'u', 't', ' ', 'a', '\n', 'x', 0},
                "bad.nn:2:2: error: file contains a NUL byte; is it a binary file?");
        LoadResult bad = load(new byte[] {'#', ' ', 'o', 'k', '\n', 'h', (byte) 0xFF});
        assertEquals("bad.nn:2:2: error: invalid UTF-8 byte 0xFF; the file must be UTF-8 text",
                bad.diagnostics().get(0).toString());
    }

    @Test
    void misspelledActivationMissingOrNonNumericValueUnclosedList() {
        assertAll(
                () -> assertErrors(HEAD + "output y reluu w=[1, 2] b=0\n",
                        "bad.nn:2:10: error: unknown activation 'reluu' (did you mean 'relu'?)"),
                () -> assertErrors(HEAD + "output y relu w=[1, 2] b=\n", "bad.nn:2:26: error: expected '[', '?', a number,"
                        + " a name or a quoted string but found end of line"),
                () -> assertErrors(HEAD + "output y relu w=[1, x] b=0\n",
                        "bad.nn:2:21: error: expected a number or '?' but found 'x'"),
                () -> assertErrors(HEAD + "output y relu w=[1, 2 b=0\n",
                        "bad.nn:2:23: error: expected ',' or ']' but found 'b'"));
    }

    @Test
    void wrongWeightCountsNonFiniteNumbersDuplicateNames() {
        assertAll(
                () -> assertErrors(HEAD + "output y relu w=[1, 2, 3] b=0\n",
                        "bad.nn:2:15: error: expected 2 weights (one per node of the previous layer) but found 3"),
                () -> assertErrors(HEAD + "output y relu w=[NaN, 2] b=0\n",
                        "bad.nn:2:18: error: 'NaN' is not a finite number"),
                () -> assertErrors(HEAD + "output y relu w=[1, 2] b=1e999\n",
                        "bad.nn:2:26: error: number '1e999' is too large for a double"),
                () -> assertErrors(HEAD + "output a relu w=[1, 2] b=0\n",
                        "bad.nn:2:8: error: duplicate name 'a' (first on line 1)"));
    }

    @Test
    void tenThousandNestedBrackets() {
        assertErrors(HEAD + "output y relu w=" + "[".repeat(10_000) + "1" + "]".repeat(10_000) + " b=0\n",
                "bad.nn:2:18: error: expected '?', a number or a name but found '['");
    }

    @Test
    void aSingleLineOfTwoHundredThousandNumbers() {
        String numbers = IntStream.range(0, 200_000).mapToObj(i -> Integer.toString(i % 97))
                .collect(Collectors.joining(", "));
        LoadResult result = load((HEAD + "output y relu w=[" + numbers + "] b=0\n").getBytes(StandardCharsets.UTF_8));
        assertFalse(result.succeeded());
        Diagnostic d = result.diagnostics().get(0);
        assertEquals("expected 2 weights (one per node of the previous layer) but found 200000", d.message());
        assertEquals(2, d.position().line());
        assertTrue(result.formattedDiagnostics().length() < 1000, "the excerpt of a huge line is cut");
    }

    @Test
    void aLayerTooLargeForMemoryIsReportedBeforeAnythingIsAllocated() {
        assertErrors("input a\nhidden 100000000000 relu\noutput y relu\n",
                "bad.nn:2:8: error: layer size 100000000000 is too large (at most 10000000)");
        assertErrors("input a\nhidden 9000000 relu\nhidden 9000000 relu\noutput y relu\n", "bad.nn:3:1: error: the"
                + " network is too large: with this layer it has 81000027000000 parameters, more than the limit of 100000000");
    }

    @Test
    void manyBadLinesAreCappedWithACount() {
        String source = "input a\n" + "hiden relu w=1 b=0\n".repeat(500) + "output y relu w=1 b=0\n";
        LoadResult result = load(source.getBytes(StandardCharsets.UTF_8));
        assertEquals(NnScripts.MAX_ERRORS + 1, result.diagnostics().size());
        assertEquals("too many problems; 400 more not shown", result.diagnostics().get(NnScripts.MAX_ERRORS).message());
    }
}
