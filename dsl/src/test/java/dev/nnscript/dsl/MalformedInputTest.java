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
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Hostile files end in diagnostics on the right line: no exception escapes, no stack overflow.
 * The timeout is only a guard against hangs, not a performance assertion.
 */
class MalformedInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final String HEAD = "input a, b\n";

    private static LoadResult load(byte[] bytes) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> NnScripts.load(bytes, "bad.nn", Path.of("")));
    }

    private static void assertFailsOnLine(String source, int line) {
        assertFailsOnLine(source.getBytes(StandardCharsets.UTF_8), line);
    }

    private static void assertFailsOnLine(byte[] bytes, int line) {
        LoadResult result = load(bytes);
        assertFalse(result.succeeded());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.isError() && d.position().line() == line),
                () -> "no error on line " + line + ":\n" + result.formattedDiagnostics());
    }

    @Test
    void emptyFile() {
        assertFailsOnLine("", 1);
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
        assertFailsOnLine(new byte[] {'i', 'n', 'p', 'u', 't', ' ', 'a', '\n', 'x', 0}, 2);
        LoadResult bad = load(new byte[] {'#', ' ', 'o', 'k', '\n', 'h', (byte) 0xFF});
        assertEquals("bad.nn:2:2: error: invalid UTF-8 byte 0xFF; the file must be UTF-8 text",
                bad.diagnostics().get(0).toString());
    }

    @Test
    void misspelledActivationMissingOrNonNumericValueUnclosedList() {
        assertAll(
                () -> assertFailsOnLine(HEAD + "output y reluu w=[1, 2] b=0\n", 2),
                () -> assertFailsOnLine(HEAD + "output y relu w=[1, 2] b=\n", 2),
                () -> assertFailsOnLine(HEAD + "output y relu w=[1, x] b=0\n", 2),
                () -> assertFailsOnLine(HEAD + "output y relu w=[1, 2 b=0\n", 2));
    }

    @Test
    void wrongWeightCountsNonFiniteNumbersDuplicateNames() {
        assertAll(
                () -> assertFailsOnLine(HEAD + "output y relu w=[1, 2, 3] b=0\n", 2),
                () -> assertFailsOnLine(HEAD + "output y relu w=[NaN, 2] b=0\n", 2),
                () -> assertFailsOnLine(HEAD + "output y relu w=[1, 2] b=1e999\n", 2),
                () -> assertFailsOnLine(HEAD + "output a relu w=[1, 2] b=0\n", 2));
    }

    @Test
    void tenThousandNestedBrackets() {
        assertFailsOnLine(HEAD + "output y relu w=" + "[".repeat(10_000) + "1" + "]".repeat(10_000) + " b=0\n", 2);
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
        assertFailsOnLine("input a\nhidden 100000000000 relu\noutput y relu\n", 2);
        assertFailsOnLine("input a\nhidden 9000000 relu\nhidden 9000000 relu\noutput y relu\n", 3);
    }

    @Test
    void manyBadLinesAreCappedWithACount() {
        String source = "input a\n" + "hiden relu w=1 b=0\n".repeat(500) + "output y relu w=1 b=0\n";
        LoadResult result = load(source.getBytes(StandardCharsets.UTF_8));
        assertEquals(NnScripts.MAX_ERRORS + 1, result.diagnostics().size());
        assertEquals("too many problems; 400 more not shown", result.diagnostics().get(NnScripts.MAX_ERRORS).message());
    }
}
