package dev.nnscript.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;

/**
 * A page's Server-Sent Events stream: an event {@code change} with the session's version and
 * training state each time the session changes (training publishes a step at most every 50 ms),
 * and a comment line every {@link #KEEP_ALIVE_MILLIS} so a closed page is noticed. Each stream
 * holds a server thread, so at most {@link #LIMIT} are open at once.
 */
final class EventStream {

    static final int LIMIT = 8;
    /** Short, so a closed or reloaded page gives its stream back within seconds (a comment line is a few bytes). */
    static final long KEEP_ALIVE_MILLIS = 2_000;

    private final Semaphore streams = new Semaphore(LIMIT);

    void serve(HttpExchange exchange, EditSession session) throws IOException {
        if (!streams.tryAcquire()) {
            throw new HttpProblem(429, LIMIT + " event streams are open already; close some pages of this server");
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                long seen = -1;
                while (true) {
                    long version = session.awaitChange(seen, KEEP_ALIVE_MILLIS);
                    String message = version == seen ? ": keep-alive\n\n" : "event: change\ndata: "
                            + JsonText.of(json -> {
                                json.beginObject().name("version").value(version).name("training");
                                TrainingJson.write(json, session);
                                json.endObject();
                            }) + "\n\n";
                    seen = version;
                    out.write(message.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException closed) {
            // The page went away: the stream ends.
        } finally {
            streams.release();
            exchange.close();
        }
    }
}
