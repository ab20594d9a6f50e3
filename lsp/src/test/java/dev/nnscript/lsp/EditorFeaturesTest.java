package dev.nnscript.lsp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.print.ScriptPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quick fixes, hovers, completion, formatting, symbols and semantic tokens, over the protocol. */
class EditorFeaturesTest {

    static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    @Test
    void theQuickFixReplacesTheMisspeltWordWithTheSuggestion() throws IOException {
        String text = "network \"n\"\ninput a\nhidden reluu w=2 b=0\noutput y sigmoid w=1 b=0\n"
                + "train lr=0.1 optimiser=adam\n";
        Path file = Files.writeString(dir.resolve("fix.nn"), text);
        try (LspSession session = LspSession.start()) {
            String uri = session.open(file);
            List<Diagnostic> diagnostics = session.diagnostics(uri);
            assertEquals(2, diagnostics.size(), diagnostics.toString());
            String fixed = text;
            // Fix the later one first, so the earlier range still holds.
            for (Diagnostic d : reversed(diagnostics)) {
                List<CodeAction> actions = actions(session, uri, d);
                assertEquals(1, actions.size(), d.getMessage());
                List<TextEdit> edits = actions.get(0).getEdit().getChanges().get(uri);
                fixed = apply(fixed, edits);
            }
            assertEquals(text.replace("reluu", "relu").replace("optimiser", "optimizer"), fixed);
            session.change(uri, fixed);
            assertEquals(List.of(), session.diagnostics(uri));
        }
    }

    @Test
    void noQuickFixWithoutASuggestion() throws IOException {
        Path file = Files.writeString(dir.resolve("far.nn"), "network \"n\"\ninput a\noutput y zzzzzz w=1 b=0\n");
        try (LspSession session = LspSession.start()) {
            String uri = session.open(file);
            Diagnostic d = session.diagnostics(uri).get(0);
            assertTrue(d.getMessage().startsWith("unknown activation 'zzzzzz'"), d.getMessage());
            assertEquals(List.of(), actions(session, uri, d));
        }
    }

    @Test
    void hoverOnANodeLineShowsItsFormulaLayerParametersAndValue() throws IOException {
        Path file = EXAMPLES.resolve("relu-in-action.nn");
        try (LspSession session = LspSession.start()) {
            String uri = session.open(file);
            int line = lineOf(file, "hidden relu w=1.70 b=-0.85");
            String hover = hover(session, uri, line);
            assertTrue(hover.contains("hidden layer 1, node 1"), hover);
            assertTrue(hover.contains("h1.1 = relu(1.7 × dosage + -0.85)"), hover);
            assertTrue(hover.contains("2 parameters (1 weight, 1 bias); layer: 4 parameters; network: 7 parameters"),
                    hover);
            assertTrue(hover.contains("At dosage = 0 (no data: every input 0)"), hover);
            assertTrue(hover.contains("1.7 × 0 + -0.85 = -0.85\nh1.1 = relu(-0.85) = 0"), hover);
            String output = hover(session, uri, lineOf(file, "output effectiveness"));
            assertTrue(output.contains("effectiveness = relu(-40.8 × h1.1 + 2.7 × h1.2 + -16)"), output);
            assertNull(session.server().getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                    new Position(lineOf(file, "input dosage"), 2))).orTimeout(20, SECONDS).join(),
                    "no hover off node lines");
        }
    }

    @Test
    void hoverEvaluatesAtTheFirstDataRow() throws IOException {
        Path file = EXAMPLES.resolve("iris.nn");
        List<String> lines = Files.readAllLines(file);
        int line = -1;
        for (int i = 0; i < lines.size() && line < 0; i++) {
            line = lines.get(i).startsWith("hidden ") ? i : -1;
        }
        try (LspSession session = LspSession.start()) {
            String uri = session.open(file);
            String hover = hover(session, uri, line);
            String firstRow = Files.readAllLines(EXAMPLES.resolve("data/iris.csv")).get(1);
            assertTrue(hover.contains("(the first data row)"), hover);
            String firstValue = firstRow.split(",")[0].strip();
            assertTrue(hover.contains(" = " + firstValue), hover + "\nfirst row: " + firstRow);
        }
    }

    @Test
    void hoverOnAWholeLayerOfUnknownsSaysTheyAreStartingValues() throws IOException {
        Path file = EXAMPLES.resolve("xor.nn");
        try (LspSession session = LspSession.start()) {
            String uri = session.open(file);
            String hover = hover(session, uri, lineOf(file, "hidden 4 tanh"));
            assertTrue(hover.contains("**hidden layer 1**: 4 nodes, tanh"), hover);
            assertTrue(hover.contains("layer: 12 parameters; network: 17 parameters"), hover);
            assertTrue(hover.contains("starting values, drawn from the seed 1"), hover);
            assertTrue(hover.contains("At a = 0, b = 0 (the first data row)"), hover);
            assertTrue(hover.contains("h1.4 = "), hover);
        }
    }

    @Test
    void completionOffersKeywordsActivationsSettingsValuesAndNames() throws IOException {
        Path file = EXAMPLES.resolve("iris.nn");
        try (LspSession session = LspSession.start()) {
            String uri = Path.of(file.toAbsolutePath().toString()).toUri().toString();
            String text = Files.readString(file) + "\nhid\nhidden 3 \ntrain loss=\ntrain \ndata \nreport \n";
            session.open(file, text);
            int end = (int) text.lines().count();
            assertTrue(labels(session, uri, end - 6, 3).contains("hidden"));
            List<String> activations = labels(session, uri, end - 5, 9);
            assertTrue(activations.containsAll(List.of("relu", "leaky_relu", "tanh", "softmax")),
                    activations.toString());
            assertTrue(labels(session, uri, end - 4, 11).contains("cross-entropy"));
            assertTrue(labels(session, uri, end - 3, 6).containsAll(List.of("lr=", "optimizer=", "seed=")));
            List<String> data = labels(session, uri, end - 2, 5);
            List<String> header = List.of(Files.readAllLines(EXAMPLES.resolve("data/iris.csv")).get(0).split(","));
            assertTrue(data.containsAll(header), data + " should hold the CSV header " + header);
            assertTrue(data.contains("holdout="), data.toString());
            assertEquals(List.of("loss", "accuracy", "parameters"), labels(session, uri, end - 1, 7));
        }
    }

    @Test
    void formattingEqualsThePrinterOnEveryExample() throws IOException {
        try (LspSession session = LspSession.start(); Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".nn")).sorted().toList()) {
                String text = Files.readString(file);
                String messy = text.replace("\n", "  \n\n").replace(" w=", "   w=");
                String uri = session.open(file, messy);
                List<? extends TextEdit> edits = session.server().getTextDocumentService().formatting(
                        new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true)))
                        .orTimeout(20, SECONDS).join();
                // What `nnrun fmt` prints for the buffer: the printer on the same load.
                String expected = ScriptPrinter.print(NnScripts.load(messy.getBytes(StandardCharsets.UTF_8),
                        file.toAbsolutePath().toString(), file.toAbsolutePath().getParent()).script());
                assertTrue(!expected.equals(messy));
                assertEquals(expected, apply(messy, new ArrayList<>(edits)), file.toString());
            }
        }
    }

    @Test
    void symbolsListLayersWithTheirNodes() {
        Path file = EXAMPLES.resolve("relu-in-action.nn");
        try (LspSession session = LspSession.start()) {
            String uri = session.open(file);
            List<DocumentSymbol> symbols = session.server().getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                    .orTimeout(20, SECONDS).join()
                    .stream().map(e -> e.getRight()).toList();
            assertEquals(List.of("hidden layer 1", "output layer"),
                    symbols.stream().map(DocumentSymbol::getName).toList());
            assertEquals(List.of("node 1", "node 2"), symbols.get(0).getChildren().stream().map(DocumentSymbol::getName)
                    .toList());
            assertEquals("relu", symbols.get(0).getChildren().get(0).getDetail());
            assertEquals("effectiveness", symbols.get(1).getChildren().get(0).getName());
        }
    }

    @Test
    void semanticTokensClassifyEveryKindOfToken() throws IOException {
        String text = "# c\nnetwork \"n\"\ninput a\nhidden relu w=1 b=?\noutput y sigmoid w=1 b=0 freeze\n"
                + "train loss=binary-cross-entropy\nreport loss\n";
        Path file = Files.writeString(dir.resolve("tokens.nn"), text);
        try (LspSession session = LspSession.start()) {
            String uri = session.open(file);
            List<Integer> data = session.server().getTextDocumentService()
                    .semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri)))
                    .orTimeout(20, SECONDS).join().getData();
            List<String> decoded = decode(text, data);
            assertEquals(List.of("comment:# c", "keyword:network", "string:\"n\"", "keyword:input", "variable:a",
                    "keyword:hidden", "function:relu", "property:w", "operator:=", "number:1", "property:b",
                    "operator:=", "number:?", "keyword:output", "variable:y", "function:sigmoid", "property:w",
                    "operator:=", "number:1", "property:b", "operator:=", "number:0", "keyword:freeze", "keyword:train",
                    "property:loss", "operator:=", "enumMember:binary-cross-entropy", "keyword:report",
                    "enumMember:loss"), decoded);
        }
    }

    static List<String> decode(String text, List<Integer> data) {
        List<String> lines = text.lines().toList();
        List<String> out = new ArrayList<>();
        int line = 0;
        int start = 0;
        for (int i = 0; i < data.size(); i += 5) {
            line += data.get(i);
            start = data.get(i) == 0 ? start + data.get(i + 1) : data.get(i + 1);
            String type = dev.nnscript.lsp.feature.SemanticTokenTypes.TYPES.get(data.get(i + 3));
            out.add(type + ":" + lines.get(line).substring(start, start + data.get(i + 2)));
        }
        return out;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<CodeAction> actions(LspSession session, String uri, Diagnostic d) {
        TextDocumentService docs = session.server().getTextDocumentService();
        return docs.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), d.getRange(),
                new CodeActionContext(List.of(d)))).orTimeout(20, SECONDS).join().stream().map(e -> e.getRight())
                .toList();
    }

    private static String hover(LspSession session, String uri, int line) {
        Hover hover = session.server().getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, 3)))
                .orTimeout(20, SECONDS).join();
        assertNotNull(hover, "a hover on line " + line);
        return hover.getContents().getRight().getValue();
    }

    private static List<String> labels(LspSession session, String uri, int line, int character) {
        return session.server().getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                .orTimeout(20, SECONDS).join().getLeft().stream().map(CompletionItem::getLabel).toList();
    }

    private static int lineOf(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError(start + " not in " + file);
    }

    /** Applies edits (non-overlapping) to text, last first. */
    static String apply(String text, List<? extends TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
        String out = text;
        for (TextEdit e : sorted) {
            out = out.substring(0, offset(out, e.getRange().getStart())) + e.getNewText()
                    + out.substring(offset(out, e.getRange().getEnd()));
        }
        return out;
    }

    private static int offset(String text, Position p) {
        int offset = 0;
        for (int line = 0; line < p.getLine(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + p.getCharacter();
    }
}
