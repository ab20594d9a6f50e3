package dev.nnscript.lsp;

import dev.nnscript.lsp.analysis.Analysis;
import dev.nnscript.lsp.analysis.DocumentStore;
import dev.nnscript.lsp.feature.Completions;
import dev.nnscript.lsp.feature.Formatting;
import dev.nnscript.lsp.feature.NodeHover;
import dev.nnscript.lsp.feature.PublishedDiagnostics;
import dev.nnscript.lsp.feature.QuickFixes;
import dev.nnscript.lsp.feature.SemanticTokenTypes;
import dev.nnscript.lsp.feature.Symbols;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The document half of the protocol: edits go to the {@link DocumentStore} (full text each time),
 * each finished analysis is published as diagnostics, and each request is answered from the
 * latest analysis by one feature class.
 */
final class DocumentRequests implements TextDocumentService {

    private final DocumentStore store;
    private volatile LanguageClient client;
    /** For each script, the data files it last published diagnostics on, to clear them later. */
    private final Map<String, Set<String>> dataUris = new ConcurrentHashMap<>();

    DocumentRequests(Duration debounce) {
        this.store = new DocumentStore(debounce, this::publish);
    }

    void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    /** Every open document analysed again and published (a file it reads may have changed). */
    void analyseAgain() {
        store.analyseAll();
    }

    void close() {
        store.close();
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        store.open(params.getTextDocument().getUri(), params.getTextDocument().getVersion(),
                params.getTextDocument().getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        // Full sync: the last change holds the whole text.
        var changes = params.getContentChanges();
        if (!changes.isEmpty()) {
            store.change(params.getTextDocument().getUri(), params.getTextDocument().getVersion(),
                    changes.get(changes.size() - 1).getText());
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        store.save(params.getTextDocument().getUri());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        store.close(uri);
        Set<String> cleared = new HashSet<>(dataUris.getOrDefault(uri, Set.of()));
        dataUris.remove(uri);
        cleared.add(uri);
        for (String each : cleared) {
            send(each, List.of());
        }
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return answer(params.getTextDocument().getUri(), a -> NodeHover.at(a, params.getPosition()));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return answer(params.getTextDocument().getUri(),
                a -> Either.forLeft(Completions.at(a, params.getPosition())));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return answer(params.getTextDocument().getUri(), Formatting::of);
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return answer(params.getTextDocument().getUri(),
                a -> Symbols.of(a).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList());
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return answer(params.getTextDocument().getUri(), a -> QuickFixes.of(a, params.getRange()).stream()
                .map(Either::<Command, CodeAction>forRight).toList());
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return answer(params.getTextDocument().getUri(), a -> SemanticTokenTypes.of(a.text()));
    }

    /** Answers from the latest analysis off the message thread; null for a document not open. */
    private <T> CompletableFuture<T> answer(String uri, Function<Analysis, T> feature) {
        return CompletableFuture.supplyAsync(() -> {
            Analysis analysis = store.latest(uri);
            return analysis == null ? null : feature.apply(analysis);
        });
    }

    private void publish(Analysis analysis) {
        Map<String, List<org.eclipse.lsp4j.Diagnostic>> byUri = PublishedDiagnostics.of(analysis);
        Set<String> data = new HashSet<>(byUri.keySet());
        data.remove(analysis.uri());
        Set<String> before = dataUris.put(analysis.uri(), data);
        List<String> stale = new ArrayList<>(before == null ? Set.of() : before);
        stale.removeAll(data);
        for (String uri : stale) {
            send(uri, List.of());
        }
        byUri.forEach(this::send);
    }

    private void send(String uri, List<org.eclipse.lsp4j.Diagnostic> diagnostics) {
        LanguageClient target = client;
        if (target != null) {
            target.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
        }
    }
}
