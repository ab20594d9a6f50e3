package dev.nnscript.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.nnscript.dsl.script.Script;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The web server of {@code nnrun serve} (the JDK's {@code com.sun.net.httpserver}): the page's
 * static files and the JSON API, each request first passing the {@link RequestGuard}. A refused or
 * bad request is answered with its 4xx status and {@code {"error": "..."}}; an unexpected failure
 * with 500 and a one-line message, never a stack trace.
 */
public final class ServeServer {

    /** Request threads: event streams hold one each ({@link EventStream#LIMIT}), the rest answer requests. */
    static final int THREADS = EventStream.LIMIT + 8;

    private final HttpServer server;
    private final ApiRoutes api;
    private final ExecutorService executor;
    private final URI address;
    private final PrintWriter err;

    private ServeServer(HttpServer server, ApiRoutes api, ExecutorService executor, URI address, PrintWriter err) {
        this.server = server;
        this.api = api;
        this.executor = executor;
        this.address = address;
        this.err = err;
    }

    /** An address as a Host header writes it: IPv6 in brackets, without a scope. */
    private static String inHostHeader(InetAddress address) {
        String host = address.getHostAddress();
        int scope = host.indexOf('%');
        host = scope >= 0 ? host.substring(0, scope) : host;
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /**
     * The addresses requests may name: the bound one, and for a wildcard ({@code --bind 0.0.0.0})
     * every address of this machine's interfaces, which other machines connect to.
     */
    private static List<String> boundHosts(InetAddress bound) throws SocketException {
        List<String> hosts = new ArrayList<>(List.of(inHostHeader(bound)));
        if (bound.isAnyLocalAddress()) {
            for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(face.getInetAddresses())) {
                    hosts.add(inHostHeader(address));
                }
            }
        }
        return hosts;
    }

    /**
     * Binds and starts the server for {@code script}, loaded from {@code scriptFile}.
     *
     * @param err where unexpected failures are logged, one line each
     * @throws java.net.BindException when the port is taken
     */
    public static ServeServer start(ServeSettings settings, Path scriptFile, Script script,
            PrintWriter err) throws IOException {
        ServedScript served = ServedScript.of(scriptFile, script);
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.bind(), settings.port()), 0);
        int port = server.getAddress().getPort();
        String shown = inHostHeader(settings.bind());
        RequestGuard guard = RequestGuard.forPort(boundHosts(settings.bind()), port);
        ApiRoutes api = new ApiRoutes(served, new Sessions(served, new TrainingSlots(settings.maxTrainings())),
                SaveTarget.of(scriptFile, settings.saveTo()));
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "nnrun-serve-http");
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        ServeServer serve = new ServeServer(server, api, executor, URI.create("http://" + shown + ":" + port + "/"), err);
        server.createContext("/", exchange -> serve.handle(exchange, guard));
        server.setExecutor(executor);
        server.start();
        return serve;
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public URI address() {
        return address;
    }

    /** Stops answering, ends the event streams and every training. */
    public void stop() {
        server.stop(0);
        executor.shutdownNow();
        api.close();
    }

    private void handle(HttpExchange exchange, RequestGuard guard) throws IOException {
        try {
            guard.check(exchange);
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/api/")) {
                api.handle(exchange);
            } else if (StaticAssets.has(path)) {
                if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                    throw new HttpProblem(405, "the page's files are read with GET");
                }
                Exchanges.send(exchange, 200, StaticAssets.type(path), StaticAssets.bytes(path));
            } else {
                throw HttpProblem.notFound("no page " + path + "; the page is at /");
            }
        } catch (HttpProblem problem) {
            try {
                Exchanges.error(exchange, problem);
            } catch (ClientGone gone) {
                // as below
            }
        } catch (ClientGone gone) {
            // The client hung up; the exchange is closed and there is nobody to answer.
        } catch (RuntimeException | IOException e) {
            String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            synchronized (err) {
                err.println("nnrun serve: internal error answering " + exchange.getRequestURI().getPath() + ": "
                        + message);
                err.flush();
            }
            try {
                Exchanges.error(exchange, new HttpProblem(500, "internal error: " + message));
            } catch (IOException | RuntimeException ignored) {
                exchange.close(); // headers were sent already
            }
        }
    }
}
