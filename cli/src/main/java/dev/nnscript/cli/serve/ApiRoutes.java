package dev.nnscript.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.nnscript.dsl.files.WriteFailedException;
import dev.nnscript.core.network.Network;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON API under {@code /api/}: one method per route, each reading its request, asking the
 * session and answering with the engine's numbers.
 *
 * <pre>
 * POST /api/sessions                  a new page: its id, the script's file, ranges, save target
 * POST /api/sessions/ID/view          {"inputs": [..]} -> network, evaluation (outputs, trace), chart, training
 * POST /api/sessions/ID/parameter     {"layer": L, "kind": "weight"|"bias", "index": I, "value": V}
 * POST /api/sessions/ID/revert        back to the script as loaded
 * POST /api/sessions/ID/training      {"action": "start"|"pause"|"step"|"stop"|"reset"}
 * GET  /api/sessions/ID/events        Server-Sent Events: the session changed
 * POST /api/sessions/ID/save          {"replace": false} -> writes the save target
 * GET  /api/sessions/ID/script        the canonical .nn text, as a download
 * GET  /api/sessions/ID/plot.svg|png  the chart nnrun plot draws
 * </pre>
 */
final class ApiRoutes {

    private static final Pattern SESSION_ROUTE = Pattern.compile("/api/sessions/([0-9a-f]{1,64})/([a-z.]+)");

    private final ServedScript served;
    private final Sessions sessions;
    private final SaveTarget saveTarget;
    private final EventStream events = new EventStream();

    ApiRoutes(ServedScript served, Sessions sessions, SaveTarget saveTarget) {
        this.served = served;
        this.sessions = sessions;
        this.saveTarget = saveTarget;
    }

    /** Ends every training (the server is stopping). */
    void close() {
        sessions.close();
    }

    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/api/sessions")) {
            requireMethod(method, "POST");
            JsonRequest.parse(Exchanges.body(exchange)); // no fields, but a body must be JSON, as on every route
            Exchanges.json(exchange, 200, created(sessions.create()));
            return;
        }
        Matcher route = SESSION_ROUTE.matcher(path);
        if (!route.matches()) {
            throw HttpProblem.notFound("no API route " + path);
        }
        EditSession session = sessions.get(route.group(1));
        String action = route.group(2);
        switch (action) {
            case "view" -> view(exchange, session, post(exchange, method));
            case "parameter" -> parameter(exchange, session, post(exchange, method));
            case "revert" -> {
                post(exchange, method);
                session.revert();
                Exchanges.json(exchange, 200, "{}");
            }
            case "training" -> {
                session.act(post(exchange, method).text("action"));
                Exchanges.json(exchange, 200, JsonText.of(json -> TrainingJson.write(json, session)));
            }
            case "events" -> {
                requireMethod(method, "GET");
                events.serve(exchange, session);
            }
            case "save" -> save(exchange, session, route.group(1), post(exchange, method));
            case "script" -> {
                requireMethod(method, "GET");
                download(exchange, saveTarget.fileName(), "text/plain; charset=utf-8",
                        saveTarget.text(session.scriptToSave()).getBytes(StandardCharsets.UTF_8));
            }
            case "plot.svg", "plot.png" -> {
                requireMethod(method, "GET");
                boolean svg = action.endsWith("svg");
                download(exchange, PlotExport.fileName(served, svg), svg ? "image/svg+xml" : "image/png",
                        PlotExport.bytes(session.network(), served, svg));
            }
            default -> throw HttpProblem.notFound("no API route " + path);
        }
    }

    private String created(String id) {
        Network network = served.script().network();
        return JsonText.of(json -> {
            json.beginObject();
            json.name("id").value(id);
            json.name("file").value(served.file().toString());
            json.name("fileName").value(String.valueOf(served.file().getFileName()));
            json.name("start");
            JsonText.numbers(json, served.startingInputs());
            json.name("saveTarget").value(saveTarget.path().toString());
            json.name("dataRows").value(served.dots() == null ? 0 : served.dots().rows());
            json.name("ranges").beginArray();
            for (int i = 0; i < network.inputCount(); i++) {
                json.beginObject().name("from");
                JsonText.number(json, served.ranges().get(i).from());
                json.name("to");
                JsonText.number(json, served.ranges().get(i).to());
                json.endObject();
            }
            json.endArray();
            json.endObject();
        });
    }

    private static void view(HttpExchange exchange, EditSession session, JsonRequest request) throws IOException {
        long version = session.version();
        Network network = session.network();
        double[] inputs = request.numbers("inputs", network.inputCount());
        Exchanges.json(exchange, 200, JsonText.of(json -> {
            json.beginObject();
            json.name("version").value(version);
            json.name("network");
            NetworkJson.write(json, network);
            json.name("evaluation");
            EvaluationJson.write(json, network, inputs);
            json.name("chart");
            ChartJson.write(json, network, session.served());
            json.name("training");
            TrainingJson.write(json, session);
            json.endObject();
        }));
    }

    private static void parameter(HttpExchange exchange, EditSession session, JsonRequest request) throws IOException {
        String kind = request.text("kind");
        if (!kind.equals("weight") && !kind.equals("bias")) {
            throw HttpProblem.badRequest("field 'kind' must be weight or bias, not '" + kind + "'");
        }
        session.setParameter(request.index("layer"), kind.equals("weight"), request.index("index"),
                request.number("value"));
        Exchanges.json(exchange, 200, "{}");
    }

    private void save(HttpExchange exchange, EditSession session, String page, JsonRequest request) throws IOException {
        try {
            saveTarget.save(session.scriptToSave(), request.flag("replace"), page);
        } catch (WriteFailedException e) {
            throw new HttpProblem(500, "could not write " + saveTarget.path() + ": " + e.getMessage());
        }
        Exchanges.json(exchange, 200, JsonText.of(json -> json.beginObject()
                .name("saved").value(saveTarget.path().toString()).endObject()));
    }

    private static void download(HttpExchange exchange, String fileName, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\""
                + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        Exchanges.send(exchange, 200, type, bytes);
    }

    private static JsonRequest post(HttpExchange exchange, String method) throws IOException {
        requireMethod(method, "POST");
        return JsonRequest.parse(Exchanges.body(exchange));
    }

    private static void requireMethod(String method, String wanted) {
        if (!method.equals(wanted) && !(wanted.equals("GET") && method.equals("HEAD"))) {
            throw new HttpProblem(405, "this route takes " + wanted + ", not " + method);
        }
    }
}
