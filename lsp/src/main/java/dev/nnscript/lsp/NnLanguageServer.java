package dev.nnscript.lsp;

import dev.nnscript.lsp.feature.SemanticTokenTypes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The server's lifecycle and capabilities; the document requests are {@link DocumentRequests}'.
 * The exit code follows the protocol: 0 when {@code shutdown} came before {@code exit}, else 1. When
 * the input ends without {@code exit}, a session that was initialized and not shut down ends with 1
 * (the client went away), an input with no session at all ({@code nnrun lsp < /dev/null}) with 0.
 */
public final class NnLanguageServer implements LanguageServer, LanguageClientAware {

    private final DocumentRequests documents;
    private final DataFileChanges workspace;
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile boolean shutdown;
    private volatile boolean initialized;

    public NnLanguageServer(Duration debounce) {
        this.documents = new DocumentRequests(debounce);
        this.workspace = new DataFileChanges(documents::analyseAgain);
    }

    @Override
    public void connect(LanguageClient client) {
        documents.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        initialized = true;
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(TextDocumentSyncKind.Full);
        capabilities.setHoverProvider(true);
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of("=", " ")));
        capabilities.setDocumentFormattingProvider(true);
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        capabilities.setSemanticTokensProvider(
                new SemanticTokensWithRegistrationOptions(SemanticTokenTypes.legend(), true));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("nnrun lsp")));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        documents.close();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exited.complete(shutdown ? 0 : 1);
    }

    /** The exit code when the input ends without {@code exit}. */
    public int exitCodeAtEndOfInput() {
        return initialized && !shutdown ? 1 : 0;
    }

    /** Completes with the exit code when the client sends {@code exit}. */
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }
}
