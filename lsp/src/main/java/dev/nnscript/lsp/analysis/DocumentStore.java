package dev.nnscript.lsp.analysis;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The open documents. An opened or saved document is analysed at once; an edited one after the
 * edits pause for the debounce delay, so typing a word analyses it once, not per key. Each
 * finished analysis goes to the listener (which publishes diagnostics). A request (hover,
 * formatting) always sees the latest text: {@link #latest} analyses it now when the debounced
 * analysis has not run yet.
 */
public final class DocumentStore implements AutoCloseable {

    private record Text(int version, String text) {}

    private final Map<String, Text> texts = new ConcurrentHashMap<>();
    private final Map<String, Analysis> analyses = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nnscript-lsp-analysis");
        t.setDaemon(true);
        return t;
    });
    private final Duration debounce;
    private final Consumer<Analysis> listener;

    public DocumentStore(Duration debounce, Consumer<Analysis> listener) {
        this.debounce = debounce;
        this.listener = listener;
    }

    public void open(String uri, int version, String text) {
        texts.put(uri, new Text(version, text));
        schedule(uri, 0);
    }

    public void change(String uri, int version, String text) {
        texts.put(uri, new Text(version, text));
        schedule(uri, debounce.toMillis());
    }

    /** Saving re-reads the data file too (it may have changed beside the script): analysed at once. */
    public void save(String uri) {
        if (texts.containsKey(uri)) {
            schedule(uri, 0);
        }
    }

    /** Every open document analysed again at once (a data file beside them changed). */
    public void analyseAll() {
        for (String uri : texts.keySet()) {
            schedule(uri, 0);
        }
    }

    public void close(String uri) {
        ScheduledFuture<?> waiting = pending.remove(uri);
        if (waiting != null) {
            waiting.cancel(false);
        }
        texts.remove(uri);
        analyses.remove(uri);
    }

    /** The analysis of the document's latest text, or null when it is not open. */
    public Analysis latest(String uri) {
        Text text = texts.get(uri);
        if (text == null) {
            return null;
        }
        Analysis known = analyses.get(uri);
        if (known != null && known.version() == text.version() && known.text().equals(text.text())) {
            return known;
        }
        Analysis fresh = Analyzer.analyse(uri, text.version(), text.text());
        keep(fresh);
        return fresh;
    }

    private void schedule(String uri, long delayMillis) {
        ScheduledFuture<?> next = worker.schedule(() -> run(uri), delayMillis, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> before = pending.put(uri, next);
        if (before != null) {
            before.cancel(false);
        }
    }

    private void run(String uri) {
        Text text = texts.get(uri);
        if (text == null) {
            return;
        }
        Analysis analysis = Analyzer.analyse(uri, text.version(), text.text());
        keep(analysis);
        // A newer edit while analysing publishes its own analysis after its own delay.
        if (text.equals(texts.get(uri))) {
            listener.accept(analysis);
        }
    }

    private void keep(Analysis analysis) {
        analyses.merge(analysis.uri(), analysis, (old, now) -> now.version() >= old.version() ? now : old);
    }

    /** Drops the waiting analyses; one running finishes (interrupting it would break the client's stream). */
    @Override
    public void close() {
        pending.values().forEach(f -> f.cancel(false));
        worker.shutdown();
    }
}
