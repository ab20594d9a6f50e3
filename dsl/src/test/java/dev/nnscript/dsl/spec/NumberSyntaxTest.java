package dev.nnscript.dsl.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Both forms of the recognizer, bytes and characters, read exactly the language of the {@code .nn}
 * number pattern (the grammar's NUMBER token, written as a regular expression).
 */
class NumberSyntaxTest {

    static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    /** Near-numbers, with a character outside Latin-1 and one that is a digit elsewhere ('٣'). */
    static final String ALPHABET = "0123456789.+-eE x\u0663\u20ac";

    @Test
    void scansTheNumberPattern() {
        qt().forAll(strings().betweenCodePoints(0, ALPHABET.length() - 1).ofLengthBetween(0, 7)
                .map(NumberSyntaxTest::fromAlphabet)).checkAssert(text -> {
                    boolean expected = NUMBER.matcher(text).matches();
                    byte[] bytes = ("[" + text + "]").getBytes(StandardCharsets.UTF_8);
                    assertEquals(expected, NumberSyntax.isNumber(bytes, 1, bytes.length - 1), () -> "bytes '" + text + "'");
                    assertEquals(expected, NumberSyntax.isNumber(text), () -> "text '" + text + "'");
                });
    }

    /** Maps code points 0..18 onto the alphabet, so most strings are near-numbers. */
    static String fromAlphabet(String codes) {
        StringBuilder out = new StringBuilder(codes.length());
        codes.codePoints().forEach(c -> out.append(ALPHABET.charAt(c)));
        return out.toString();
    }
}
