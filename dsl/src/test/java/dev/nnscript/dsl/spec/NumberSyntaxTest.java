package dev.nnscript.dsl.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.nnscript.dsl.parser.NnScriptLexer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * Both forms of the recognizer, bytes and characters, read exactly the language of the grammar's
 * NUMBER token: the generated lexer is the oracle, so a change to the grammar that the recognizer
 * does not follow (or the other way round) fails here.
 */
class NumberSyntaxTest {

    /** Near-numbers, with a character outside Latin-1 and one that is a digit elsewhere ('٣'). */
    static final String ALPHABET = "0123456789.+-eE x\u0663\u20ac";

    @Test
    void scansTheGrammarsNumberToken() {
        qt().forAll(strings().betweenCodePoints(0, ALPHABET.length() - 1).ofLengthBetween(0, 7)
                .map(NumberSyntaxTest::fromAlphabet)).checkAssert(text -> {
                    boolean expected = lexesAsOneNumber(text);
                    byte[] bytes = ("[" + text + "]").getBytes(StandardCharsets.UTF_8);
                    assertEquals(expected, NumberSyntax.isNumber(bytes, 1, bytes.length - 1), () -> "bytes '" + text + "'");
                    assertEquals(expected, NumberSyntax.isNumber(text), () -> "text '" + text + "'");
                });
    }

    /** The oracle itself can tell numbers from near-numbers, so the property above can fail. */
    @Test
    void theLexerOracleSeparatesNumbersFromNearNumbers() {
        for (String number : List.of("2", "-0.85", ".5", "1.", "1.7e0", "-1.6E1", "+3e-2")) {
            assertTrue(lexesAsOneNumber(number), number);
            assertTrue(NumberSyntax.isNumber(number), number);
        }
        for (String near : List.of("", ".", "-", "1e", "e1", "1.2.3", " 1", "1 ", "--1", "1e+", "\u0663")) {
            assertFalse(lexesAsOneNumber(near), near);
            assertFalse(NumberSyntax.isNumber(near), near);
        }
    }

    /** True when the grammar's lexer reads all of {@code text} as one NUMBER token. */
    static boolean lexesAsOneNumber(String text) {
        NnScriptLexer lexer = new NnScriptLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        Token first = lexer.nextToken();
        return first.getType() == NnScriptLexer.NUMBER && first.getText().equals(text)
                && lexer.nextToken().getType() == Token.EOF;
    }

    /** Maps code points 0..18 onto the alphabet, so most strings are near-numbers. */
    static String fromAlphabet(String codes) {
        StringBuilder out = new StringBuilder(codes.length());
        codes.codePoints().forEach(c -> out.append(ALPHABET.charAt(c)));
        return out.toString();
    }
}
