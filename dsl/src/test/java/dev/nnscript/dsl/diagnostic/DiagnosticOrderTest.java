package dev.nnscript.dsl.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagnostics sort by file, then line, then column. */
class DiagnosticOrderTest {

    private static Diagnostic at(String file, int line, int column) {
        return Diagnostic.error(new SourcePosition(file, line, column), file + ":" + line + ":" + column);
    }

    @Test
    void sortsByFileThenLineThenColumn() {
        List<Diagnostic> expected = List.of(at("a.nn", 1, 9), at("a.nn", 2, 1), at("a.nn", 2, 3), at("a.nn", 10, 1),
                at("b.nn", 1, 1));
        List<Diagnostic> shuffled = new ArrayList<>(List.of(expected.get(3), expected.get(4), expected.get(2),
                expected.get(0), expected.get(1)));
        shuffled.sort(Diagnostic.IN_SOURCE_ORDER);
        assertEquals(expected, shuffled);
    }
}
