package dev.nnscript.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every request must show before a route sees it. The Host header must name the server as
 * this machine does ({@code 127.0.0.1:PORT}, {@code localhost:PORT}, {@code [::1]:PORT}, or the
 * bound address), so a web page whose name was re-pointed at 127.0.0.1 (DNS rebinding) is
 * refused. A request that changes something (POST) must come from the page itself: a JSON body
 * (which a cross-site form cannot send), no other site's {@code Origin}.
 */
final class RequestGuard {

    private final Set<String> hosts;

    /** @param hosts the accepted Host header values, {@code name:port}, lower case */
    RequestGuard(Set<String> hosts) {
        this.hosts = new TreeSet<>(hosts);
    }

    /**
     * @param boundHosts how this machine's bound addresses are written in a Host header (an IPv6
     *     one in brackets): the bound address, or for a wildcard every address of the machine's
     *     interfaces, so other machines reach it by the address they connect to
     */
    static RequestGuard forPort(List<String> boundHosts, int port) {
        Set<String> hosts = new TreeSet<>(List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port));
        for (String host : boundHosts) {
            hosts.add(host.toLowerCase(Locale.ROOT) + ":" + port);
        }
        return new RequestGuard(hosts);
    }

    void check(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            throw new HttpProblem(403, "this server answers only requests addressed to it as "
                    + String.join(", ", hosts) + " (Host header: " + host + ")");
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("POST") && !method.equals("HEAD")) {
            throw new HttpProblem(405, "method " + method + " is not allowed; the API takes GET and POST");
        }
        if (method.equals("POST")) {
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (origin != null && !origin.equals("null") && !hosts.contains(stripScheme(origin))) {
                throw new HttpProblem(403, "requests from other sites are refused (Origin: " + origin + ")");
            }
            String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
            if (site != null && site.equalsIgnoreCase("cross-site")) {
                throw new HttpProblem(403, "requests from other sites are refused (Sec-Fetch-Site: cross-site)");
            }
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                throw new HttpProblem(415, "the API takes a JSON body: send Content-Type: application/json");
            }
        }
    }

    private static String stripScheme(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") ? lower.substring("http://".length()) : "";
    }
}
