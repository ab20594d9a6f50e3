package dev.nnscript.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real protocol session for tests: an LSP4J client launcher talking JSON-RPC to a server, either
 * {@link LspServer#run} in this JVM over two pipes ({@link #start}) or another process's standard
 * streams (cli's {@code LspIT} runs {@code nnrun lsp}). Diagnostics the server publishes are
 * queued per URI.
 */
public final class LspSession implements AutoCloseable {

    private static final long WAIT_SECONDS = 20;

    private final Map<String, BlockingQueue<List<Diagnostic>>> published = new ConcurrentHashMap<>();
    private final LanguageServer server;
    private final CompletableFuture<Integer> serverExit;
    private int version = 1;

    public LspSession(Duration debounce) throws IOException {
        this(inProcess(debounce));
    }

    /** A session with a server process: its standard output, its standard input, its exit code. */
    public LspSession(InputStream fromServer, OutputStream toServer, CompletableFuture<Integer> serverExit) {
        this(new Ends(fromServer, toServer, serverExit));
    }

    private record Ends(InputStream fromServer, OutputStream toServer, CompletableFuture<Integer> serverExit) {}

    private LspSession(Ends ends) {
        serverExit = ends.serverExit();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), ends.fromServer(),
                ends.toServer());
        launcher.startListening();
        server = launcher.getRemoteProxy();
        await(server.initialize(new InitializeParams()));
        server.initialized(new InitializedParams());
    }

    private static Ends inProcess(Duration debounce) throws IOException {
        // NIO pipes, not java.io's piped streams: those fail once the thread that last wrote ends
        // ("write end dead"), and pooled threads write the replies here.
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        InputStream serverIn = Channels.newInputStream(toServer.source());
        OutputStream clientOut = Channels.newOutputStream(toServer.sink());
        InputStream clientIn = Channels.newInputStream(toClient.source());
        OutputStream serverOut = Channels.newOutputStream(toClient.sink());
        return new Ends(clientIn, clientOut,
                CompletableFuture.supplyAsync(() -> LspServer.run(serverIn, serverOut, debounce)));
    }

    public static LspSession start() {
        try {
            return new LspSession(Duration.ofMillis(50));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LanguageServer server() {
        return server;
    }

    /** Opens {@code file} with its text on disk; returns its URI. */
    public String open(Path file) {
        try {
            return open(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code file} with {@code text} as the editor's buffer; returns its URI. */
    public String open(Path file, String text) {
        String uri = file.toAbsolutePath().toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "nnscript", version++, text)));
        return uri;
    }

    public void change(String uri, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version++),
                List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** The next diagnostics published for {@code uri}; fails after a wait. */
    public List<Diagnostic> diagnostics(String uri) {
        try {
            List<Diagnostic> next = queue(uri).poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (next == null) {
                throw new AssertionError("no diagnostics for " + uri + " within " + WAIT_SECONDS + " s");
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Diagnostics published for {@code uri} within {@code millis}, or null. */
    public List<Diagnostic> diagnosticsWithin(String uri, long millis) throws InterruptedException {
        return queue(uri).poll(millis, TimeUnit.MILLISECONDS);
    }

    private BlockingQueue<List<Diagnostic>> queue(String uri) {
        return published.computeIfAbsent(uri, u -> new LinkedBlockingQueue<>());
    }

    /** Shuts the server down as a client does; returns its exit code. */
    public int shutDown() {
        await(server.shutdown());
        server.exit();
        return serverExit.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
    }

    /** The request's answer; fails after a wait rather than hanging the build. */
    public static <T> T await(CompletableFuture<T> request) {
        return request.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        if (!serverExit.isDone()) {
            shutDown();
        }
    }

    private final class Client implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            queue(params.getUri()).add(params.getDiagnostics());
        }

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void showMessage(MessageParams params) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {}
    }

}
