package dev.nnscript.dsl.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import org.junit.jupiter.api.Test;

/** The printer is canonical and lossless: print, parse, compare. */
class ScriptPrinterProperties {

    private static Network parse(String text) {
        LoadResult result = NnScripts.parse(text, "printed.nn");
        assertTrue(result.succeeded(), () -> result.formattedDiagnostics() + "\n" + text);
        return result.script().network();
    }

    @Test
    void parsingThePrintedNetworkGivesItBackBitForBit() {
        qt().withExamples(300).forAll(NetworkGenerators.networks()).checkAssert(n -> {
            String text = ScriptPrinter.print(n);
            assertEquals(n, parse(text), text);
        });
    }

    @Test
    void printingIsAFixedPoint() {
        qt().withExamples(300).forAll(NetworkGenerators.networks()).checkAssert(n -> {
            String text = ScriptPrinter.print(n);
            assertEquals(text, ScriptPrinter.print(parse(text)));
        });
    }
}
