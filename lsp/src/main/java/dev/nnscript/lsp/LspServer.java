package dev.nnscript.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Runs the language server on a pair of streams (for {@code nnrun lsp}: standard input and output)
 * until the client sends {@code exit} or closes the input. Its threads are daemons, so a caller that
 * returns does not wait for them.
 */
public final class LspServer {

    /** Edits pausing this long are analysed: a word typed is analysed once, and feedback stays quick. */
    public static final Duration DEBOUNCE = Duration.ofMillis(250);

    private LspServer() {}

    /** @return the exit code: 0 after {@code shutdown} then {@code exit}, or see {@link NnLanguageServer} */
    public static int run(InputStream in, OutputStream out) {
        return run(in, out, DEBOUNCE);
    }

    public static int run(InputStream in, OutputStream out, Duration debounce) {
        ProtocolLog.install();
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "nnscript-lsp");
            t.setDaemon(true);
            return t;
        });
        NnLanguageServer server = new NnLanguageServer(debounce);
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>().setLocalService(server)
                .setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).setExecutorService(threads)
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        try {
            while (!listening.isDone()) {
                try {
                    return server.exited().get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // Still running: look at the input again.
                }
            }
            return server.exited().getNow(server.exitCodeAtEndOfInput());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            return 1;
        } finally {
            listening.cancel(true);
            threads.shutdownNow();
        }
    }
}
