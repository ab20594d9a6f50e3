package dev.nnscript.dsl.parser;

import dev.nnscript.dsl.source.SourceText;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The parse pass: text to parse tree plus syntax diagnostics.
 *
 * <p>Parses in two stages, the usual ANTLR speed trick: first with SLL prediction and a strategy
 * that gives up at the first error (fast, and enough for every valid file of this grammar), then,
 * only if that failed, again with full LL prediction and error recovery, to report every syntax
 * error with the language's messages.
 */
public final class ScriptParser {

    /**
     * ANTLR counts lines at '\n' only; a lone '\r' (old Mac line end) becomes '\n' first. Compiled
     * only for a text with a '\r': the first regular expression of a run costs start-up time.
     */
    private static final class LoneCr {
        static final Pattern PATTERN = Pattern.compile("\r(?!\n)");
    }

    private ScriptParser() {}

    public static ParseResult parse(SourceText source) {
        String text = source.text().indexOf('\r') < 0 ? source.text()
                : LoneCr.PATTERN.matcher(source.text()).replaceAll("\n");
        CommonTokenStream tokens = new CommonTokenStream(lexer(text));
        NnScriptParser parser = new NnScriptParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            NnScriptParser.ScriptContext tree = parser.script();
            return new ParseResult(tree, java.util.List.of(), layout(tokens));
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            SyntaxErrorCollector collector = new SyntaxErrorCollector(source.fileName());
            parser.addErrorListener(collector);
            parser.setErrorHandler(new SyntaxErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            NnScriptParser.ScriptContext tree = parser.script();
            return new ParseResult(tree, collector.diagnostics(), layout(tokens));
        }
    }

    private static SourceLayout layout(CommonTokenStream tokens) {
        tokens.fill();
        return SourceLayout.of(tokens.getTokens());
    }

    private static NnScriptLexer lexer(String text) {
        NnScriptLexer lexer = new NnScriptLexer(CharStreams.fromString(text));
        // The grammar's ERROR_CHAR rule matches any character, so the lexer itself never reports.
        lexer.removeErrorListeners();
        return lexer;
    }
}
