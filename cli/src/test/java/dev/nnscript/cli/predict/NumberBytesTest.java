package dev.nnscript.cli.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.nnscript.cli.text.NumberSyntax;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte scanner reads the same number language as the command line's pattern. */
class NumberBytesTest {

    private static final String ALPHABET = "0123456789.+-eE x";

    @Test
    void agreesWithTheCommandLinesNumberSyntax() {
        qt().forAll(strings().betweenCodePoints(0, ALPHABET.length() - 1).ofLengthBetween(0, 7)
                .map(NumberBytesTest::fromAlphabet)).checkAssert(text -> {
                    byte[] bytes = ("[" + text + "]").getBytes(StandardCharsets.US_ASCII);
                    boolean scanned = NumberBytes.isNumber(bytes, 1, bytes.length - 1)
                            && Double.isFinite(Double.parseDouble(text));
                    assertEquals(NumberSyntax.parse(text).isPresent(), scanned, () -> "'" + text + "'");
                });
    }

    /** Maps code points 0..16 onto the alphabet, so most strings are near-numbers. */
    private static String fromAlphabet(String codes) {
        StringBuilder out = new StringBuilder(codes.length());
        codes.codePoints().forEach(c -> out.append(ALPHABET.charAt(c)));
        return out.toString();
    }
}
