package dev.nnscript.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The page's files, bundled in the jar under {@code dev/nnscript/cli/serve/page/}: only these
 * names are served, so no request path reaches another resource or any file.
 */
final class StaticAssets {

    private static final String FOLDER = "page/";
    private static final Map<String, String> TYPES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/app.js", "app.js",
            "/charts.js", "charts.js",
            "/style.css", "style.css");

    private StaticAssets() {}

    static boolean has(String path) {
        return TYPES.containsKey(path);
    }

    static byte[] bytes(String path) throws IOException {
        try (InputStream in = StaticAssets.class.getResourceAsStream(FOLDER + TYPES.get(path))) {
            if (in == null) {
                throw new IOException("the page's file " + TYPES.get(path) + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }

    static String type(String path) {
        String name = TYPES.get(path);
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return name.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
    }
}
