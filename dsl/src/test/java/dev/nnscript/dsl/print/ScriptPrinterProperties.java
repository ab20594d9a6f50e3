package dev.nnscript.dsl.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.parser.ScriptParser;
import dev.nnscript.dsl.parser.SourceLayout;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printer is canonical and lossless: print, parse, compare. */
class ScriptPrinterProperties {

    private static Network parse(String text) {
        return load(text).network();
    }

    private static Script load(String text) {
        LoadResult result = NnScripts.parse(text, "printed.nn");
        assertTrue(result.succeeded(), () -> result.formattedDiagnostics() + "\n" + text);
        return result.script();
    }

    /** The comments in a text as the lexer finds them, sorted: a multiset to compare. */
    private static List<String> comments(String text) {
        SourceLayout layout = ScriptParser.parse(new SourceText("printed.nn", text)).layout();
        return layout.comments().values().stream().sorted().toList();
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

    @Test
    void commentsAreKeptAndFormattingACommentedScriptIsAFixedPoint() {
        qt().withExamples(300).forAll(CommentedScripts.scripts()).checkAssert(s -> {
            Script script = load(s.text());
            assertEquals(s.network(), script.network(), s.text());
            String once = ScriptPrinter.print(script);
            assertEquals(s.comments().stream().sorted().toList(), comments(once), () -> s.text() + "\n---\n" + once);
            Script again = load(once);
            assertEquals(s.network(), again.network(), once);
            assertEquals(once, ScriptPrinter.print(again), () -> s.text() + "\n---\n" + once);
        });
    }
}
