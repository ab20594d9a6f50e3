package dev.nnscript.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.dsl.script.Script;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every ```nn block in docs/language.md loads and prints back losslessly; every ```nn-error block
 * fails with diagnostics.
 */
class LanguageDocExamplesTest {

    private static final Path DOC = Path.of("..", "docs", "language.md");
    private static final Pattern BLOCK = Pattern.compile("(?m)^```(nn|nn-error)\\n(.*?)^```", Pattern.DOTALL);
    /**
     * An nn-error block followed by a text block after one line of prose: the text block is what
     * {@code nnrun check model.nn} prints for it.
     */
    private static final Pattern ERROR_AND_OUTPUT = Pattern.compile(
            "(?m)^```nn-error\\n((?:(?!```).)*)^```\\n\\n(?!```)[^\\n]*\\n\\n```text\\n((?:(?!```).)*)^```", Pattern.DOTALL);

    /** Whole scripts (data, settings, unknowns, freezing) survive print -> parse, and print is a fixed point. */
    private static void assertPrintsBackLosslessly(Script script) {
        String printed = ScriptPrinter.print(script);
        LoadResult again = NnScripts.parse(printed, "printed.nn");
        assertTrue(again.succeeded(), () -> again.formattedDiagnostics() + printed);
        assertEquals(script, again.script(), printed);
        assertEquals(printed, ScriptPrinter.print(again.script()));
    }

    record Example(boolean shouldFail, String source, int line) {}

    static List<Example> examples() throws IOException {
        String doc = Files.readString(DOC);
        List<Example> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(doc);
        while (m.find()) {
            int line = (int) doc.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            out.add(new Example(m.group(1).equals("nn-error"), m.group(2), line));
        }
        return out;
    }

    @Test
    void theDocHasExamplesOfBothKinds() throws IOException {
        assertTrue(examples().stream().filter(Example::shouldFail).count() >= 1);
        assertTrue(examples().stream().filter(e -> !e.shouldFail()).count() >= 10);
    }

    @Test
    void anErrorExampleShownWithItsOutputGivesExactlyThatOutput() throws IOException {
        Matcher m = ERROR_AND_OUTPUT.matcher(Files.readString(DOC));
        int shown = 0;
        while (m.find()) {
            LoadResult result = NnScripts.parse(m.group(1), "model.nn");
            assertEquals(m.group(2), result.formattedDiagnostics());
            shown++;
        }
        assertTrue(shown >= 1, "the Diagnostics section shows an example with its output");
    }

    @TestFactory
    Stream<DynamicTest> everyExample() throws IOException {
        return examples().stream().map(e -> DynamicTest.dynamicTest("language.md line " + e.line(), () -> {
            LoadResult result = NnScripts.parse(e.source(), "language.md:" + e.line());
            if (e.shouldFail()) {
                assertFalse(result.succeeded(), "expected diagnostics for the example at line " + e.line());
            } else {
                assertTrue(result.succeeded(), result::formattedDiagnostics);
                assertPrintsBackLosslessly(result.script());
            }
        }));
    }
}
