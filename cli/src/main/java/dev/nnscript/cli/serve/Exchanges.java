package dev.nnscript.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Reading a request's body (bounded) and sending a whole response, for the routes. */
final class Exchanges {

    /** The largest request body the API reads; its requests are a few hundred bytes. */
    static final int MAX_BODY = 64 * 1024;

    private Exchanges() {}

    static String body(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (bytes.size() + n > MAX_BODY) {
                    throw new HttpProblem(413, "the request body is longer than " + MAX_BODY + " bytes");
                }
                bytes.write(buffer, 0, n);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static void json(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the whole answer; {@link ClientGone} when the connection closed under it. */
    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        try {
            exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            exchange.close();
            throw new ClientGone(e);
        }
        exchange.close();
    }

    static void error(HttpExchange exchange, HttpProblem problem) throws IOException {
        json(exchange, problem.status(), JsonText.error(problem.getMessage()));
    }
}
