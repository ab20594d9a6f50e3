package dev.nnscript.dsl.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What a terminal is shown of text from a user's files: controls by their code, everything else as is. */
class PrintableTextTest {

    @Test
    void controlAndInvisibleCharactersAreNamed() {
        assertEquals("aU+001B[2JbU+0000cU+007FdU+0085eU+000DU+000AfU+202EgU+2028hU+0009",
                PrintableText.of("a\u001b[2Jb\u0000c\u007fd\u0085e\r\nf\u202eg\u2028h\t"));
    }

    @Test
    void sourceLinesKeepTheirTabs() {
        assertEquals("\tx U+001B", PrintableText.keepingTabs("\tx \u001b"));
    }

    @Test
    void printableTextIsLeftAlone() {
        String text = "caf\u00e9 \u00a0\u4e2d \ud83d\ude00 <&> 'x'";
        assertEquals(text, PrintableText.of(text));
        String ascii = "model.nn:1:1: error: plain";
        assertSame(ascii, PrintableText.of(ascii));
        assertNull(PrintableText.of((String) null));
    }
}
