package dev.nnscript.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.print.ScriptPrinter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Name ranges ({@code p0..p63}) in input and whole output layer lists, and how they print. */
class NameRangesTest {

    private static Network network(String source) {
        LoadResult result = NnScripts.parse(source, "model.nn");
        assertTrue(result.succeeded(), result::formattedDiagnostics);
        return result.script().network();
    }

    @Test
    void rangeStandsForEveryNameFromStartToEnd() {
        Network n = network("input p8..p11\nhidden 2 relu\noutput y identity\n");
        assertEquals(List.of("p8", "p9", "p10", "p11"), n.inputNames());
    }

    @Test
    void rangesMixWithPlainNames() {
        Network n = network("input bias, x0..x2, y, z_1..z_1\nhidden 2 relu\noutput 0..2, other softmax\n");
        assertEquals(List.of("bias", "x0", "x1", "x2", "y", "z_1"), n.inputNames());
        assertEquals(List.of("0", "1", "2", "other"), n.outputNames());
    }

    @Test
    void keywordPrefixesAreNames() {
        Network n = network("input input0..input2\noutput output0..output1 softmax\n");
        assertEquals(List.of("input0", "input1", "input2"), n.inputNames());
        assertEquals(List.of("output0", "output1"), n.outputNames());
    }

    @Test
    void printerWritesRunsOfThreeOrMoreAsRanges() {
        String source = "input a, p0, p1, q1, q2, q3, q5, r9, r10, r11, r12, p01, p02, p03\n"
                + "output 0, 1, 2, 3, 5, 6 softmax\n";
        Network n = network(source);
        String printed = ScriptPrinter.print(NnScripts.parse(source, "model.nn").script());
        assertTrue(printed.contains("input a, p0, p1, q1..q3, q5, r9..r12, p01, p02, p03\n"), printed);
        assertTrue(printed.contains("output 0..3, 5, 6 softmax"), printed);
        assertEquals(n, network(printed));
    }
}
