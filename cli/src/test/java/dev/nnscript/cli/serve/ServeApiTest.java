package dev.nnscript.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.nnscript.cli.CliRun;
import dev.nnscript.cli.Folders;
import dev.nnscript.cli.Scripts;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.NnScripts;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nnrun serve's JSON API over plain HTTP, no browser: the request guard (Host, Origin, content
 * type, body size), 4xx answers with a message and no stack trace, the engine's numbers and trace,
 * saves that write only the save target, and the bound on concurrent trainings.
 */
class ServeApiTest {

    @TempDir
    Path folder;

    private static JsonObject json(RawHttp.Response response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static String session(RawHttp http) throws IOException {
        RawHttp.Response created = http.post("/api/sessions", "{}");
        assertEquals(200, created.status(), created.body());
        return json(created).get("id").getAsString();
    }

    private static void assertProblem(int status, String messagePart, RawHttp.Response response) {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.headers().get("content-type").startsWith("application/json"), response.headers().toString());
        String error = json(response).get("error").getAsString();
        assertTrue(error.contains(messagePart), () -> "'" + error + "' should say '" + messagePart + "'");
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
    }

    @Test
    void answersOnlyItsOwnHostNames() throws IOException {
        try (ServedFile served = ServedFile.start(Scripts.copy("relu-in-action.nn", folder))) {
            RawHttp http = new RawHttp(served.port());
            int port = served.port();
            for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port, "LOCALHOST:" + port)) {
                assertEquals(200, http.send("GET", "/", Map.of("Host", host), null).status(), host);
            }
            for (String host : List.of("evil.example:" + port, "127.0.0.1:" + (port + 1), "localhost", "127.0.0.1.evil.example:" + port)) {
                assertProblem(403, "Host header: " + host, http.send("GET", "/", Map.of("Host", host), null));
                assertProblem(403, "Host header", http.send("POST", "/api/sessions",
                        Map.of("Host", host, "Content-Type", "application/json"), "{}"));
            }
        }
    }

    @Test
    void refusesPostsFromOtherSites() throws IOException {
        try (ServedFile served = ServedFile.start(Scripts.copy("relu-in-action.nn", folder))) {
            RawHttp http = new RawHttp(served.port());
            assertProblem(403, "Origin: http://evil.example", http.send("POST", "/api/sessions",
                    Map.of("Origin", "http://evil.example", "Content-Type", "application/json"), "{}"));
            assertProblem(403, "cross-site", http.send("POST", "/api/sessions",
                    Map.of("Sec-Fetch-Site", "cross-site", "Content-Type", "application/json"), "{}"));
            // A cross-site HTML form can send only form or text bodies: the API takes JSON alone.
            assertProblem(415, "Content-Type: application/json", http.send("POST", "/api/sessions",
                    Map.of("Content-Type", "text/plain"), "{}"));
            assertEquals(200, http.send("POST", "/api/sessions", Map.of("Origin", "http://127.0.0.1:" + served.port(),
                    "Content-Type", "application/json"), "{}").status());
        }
    }

    @Test
    void badRequestsGetFourHundredsWithMessages() throws IOException {
        try (ServedFile served = ServedFile.start(Scripts.copy("relu-in-action.nn", folder))) {
            RawHttp http = new RawHttp(served.port());
            String id = session(http);
            String view = "/api/sessions/" + id + "/view";
            assertProblem(400, "not JSON", http.post("/api/sessions", "not json"));
            assertProblem(400, "not JSON", http.post(view, "{\"inputs\": [0.1"));
            assertProblem(400, "must be a JSON object", http.post(view, "[1]"));
            assertProblem(400, "field 'inputs' is missing", http.post(view, "{}"));
            assertProblem(400, "field 'inputs' must hold 1 numbers, not 2", http.post(view, "{\"inputs\": [1, 2]}"));
            assertProblem(400, "field 'inputs[0]' must be a number", http.post(view, "{\"inputs\": [\"x\"]}"));
            assertProblem(400, "field 'inputs[0]' must be a finite number", http.post(view, "{\"inputs\": [1e999]}"));
            String parameter = "/api/sessions/" + id + "/parameter";
            assertProblem(400, "field 'layer' must be below 2", http.post(parameter,
                    "{\"layer\": 2, \"kind\": \"weight\", \"index\": 0, \"value\": 1}"));
            assertProblem(400, "field 'index' must be below 2 (layer 1 has 2 biases)", http.post(parameter,
                    "{\"layer\": 0, \"kind\": \"bias\", \"index\": 2, \"value\": 1}"));
            assertProblem(400, "field 'kind' must be weight or bias", http.post(parameter,
                    "{\"layer\": 0, \"kind\": \"w\", \"index\": 0, \"value\": 1}"));
            assertProblem(400, "field 'index' must be a whole number", http.post(parameter,
                    "{\"layer\": 0, \"kind\": \"bias\", \"index\": 0.5, \"value\": 1}"));
            assertProblem(400, "field 'action' must be start, pause, step, stop or reset",
                    http.post("/api/sessions/" + id + "/training", "{\"action\": \"go\"}"));
            assertProblem(409, "cannot train here: the script names no data",
                    http.post("/api/sessions/" + id + "/training", "{\"action\": \"start\"}"));
            assertProblem(404, "no page session 'abc'", http.post("/api/sessions/abc/view", "{\"inputs\": [0]}"));
            assertProblem(404, "no API route", http.get("/api/nothing"));
            assertProblem(404, "no page /../../etc/passwd", http.get("/../../etc/passwd"));
            assertProblem(404, "no page", http.get("/dev/nnscript/cli/serve/page/app.js"));
            assertProblem(405, "this route takes POST, not GET", http.get(view));
            assertProblem(405, "method DELETE is not allowed", http.send("DELETE", view, Map.of(), null));
            assertProblem(413, "longer than 65536 bytes", http.post(view, "{\"inputs\": [" + "0,".repeat(40_000) + "0]}"));
            assertEquals("", served.log.toString(), "no request should reach the internal-error log");
        }
    }

    /**
     * --bind 0.0.0.0 warns that other machines can reach the page: they must be answered when they
     * name the server by one of this machine's addresses, while a name re-pointed at it (DNS
     * rebinding) is still refused.
     */
    @Test
    void aWildcardBindAnswersThisMachinesAddresses() throws IOException {
        String own = null;
        for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(face.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    own = address.getHostAddress();
                }
            }
        }
        assertTrue(own != null, "this machine has a network address besides loopback");
        try (ServedFile served = ServedFile.start(Scripts.copy("relu-in-action.nn", folder),
                InetAddress.getByName("0.0.0.0"), null, ServeSettings.DEFAULT_MAX_TRAININGS)) {
            RawHttp http = new RawHttp(served.port());
            assertEquals(200, http.send("GET", "/", Map.of("Host", own + ":" + served.port()), null).status(), own);
            assertProblem(403, "Host header: rebound.example", http.send("GET", "/",
                    Map.of("Host", "rebound.example:" + served.port()), null));
        }
    }

    @Test
    void viewShowsTheEnginesNumbersAndTrace() throws IOException {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        try (ServedFile served = ServedFile.start(script)) {
            RawHttp http = new RawHttp(served.port());
            String id = session(http);
            for (String input : List.of("0.1", "0.5", "0.30000000000000004", "-2.5e-7")) {
                JsonObject view = json(http.post("/api/sessions/" + id + "/view", "{\"inputs\": [" + input + "]}"));
                JsonObject evaluation = view.getAsJsonObject("evaluation");
                assertEquals(CliRun.of(script.toString(), "--trace", "--input", input).out(),
                        evaluation.get("trace").getAsString());
                double engine = NnScripts.load(script).script().network().predict(Double.parseDouble(input))[0];
                assertEquals(engine, evaluation.getAsJsonArray("outputs").get(0).getAsDouble());
                String csv = CliRun.of(script.toString(), "--input", input, "--format", "csv").out();
                assertEquals(csv.lines().toList().get(1).split(",")[1],
                        evaluation.getAsJsonArray("outputs").get(0).getAsString(), "shortest round-trip text, as CSV");
            }
        }
    }

    @Test
    void savesOnlyTheSaveTargetAndReloadsBitForBit() throws IOException {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        try (ServedFile served = ServedFile.start(script)) {
            RawHttp http = new RawHttp(served.port());
            String id = session(http);
            assertEquals(200, http.post("/api/sessions/" + id + "/parameter",
                    "{\"layer\": 1, \"kind\": \"bias\", \"index\": 0, \"value\": -15.123456789012345}").status());
            assertEquals(200, http.post("/api/sessions/" + id + "/save", "{}").status());
            Path saved = folder.resolve("relu-in-action.edited.nn");
            assertEquals(List.of("relu-in-action.edited.nn", "relu-in-action.nn"), Folders.contents(folder));
            String first = Files.readString(saved);
            assertProblem(409, "relu-in-action.edited.nn exists; confirm to replace it",
                    http.post("/api/sessions/" + id + "/save", "{\"replace\": false}"));
            // A request naming a path is not obeyed: the target is fixed when the server starts.
            assertProblem(409, "exists", http.post("/api/sessions/" + id + "/save",
                    "{\"path\": \"" + folder.resolve("other.nn") + "\"}"));
            assertEquals(200, http.post("/api/sessions/" + id + "/save", "{\"replace\": true}").status());
            assertEquals(List.of("relu-in-action.edited.nn", "relu-in-action.nn"), Folders.contents(folder));
            assertEquals(first, Files.readString(saved));
            // The confirmation says when saving would lose someone else's work: another page's save,
            // or a change made to the file since this server last wrote it.
            String other = session(http);
            assertEquals(200, http.post("/api/sessions/" + other + "/save", "{\"replace\": true}").status());
            assertProblem(409, "exists; another page of this server saved it last, and saving replaces that page's"
                    + " network; confirm to replace it", http.post("/api/sessions/" + id + "/save", "{}"));
            Files.writeString(saved, "# my note\n", java.nio.file.StandardOpenOption.APPEND);
            assertProblem(409, "exists; it changed since this server last read or wrote it (another program wrote it),"
                    + " and saving loses those changes; confirm to replace it",
                    http.post("/api/sessions/" + id + "/save", "{}"));
            assertEquals(200, http.post("/api/sessions/" + id + "/save", "{\"replace\": true}").status());
            RawHttp.Response download = http.get("/api/sessions/" + id + "/script");
            assertEquals(first, download.body());
            assertTrue(download.headers().get("content-disposition").contains("relu-in-action.edited.nn"));
            Network reloaded = NnScripts.load(saved).script().network();
            assertEquals(-15.123456789012345, reloaded.outputLayer().biases()[0]);
            for (String input : List.of("0.1", "0.5", "0.9")) {
                JsonObject view = json(http.post("/api/sessions/" + id + "/view", "{\"inputs\": [" + input + "]}"));
                assertEquals(Double.doubleToLongBits(reloaded.predict(Double.parseDouble(input))[0]),
                        Double.doubleToLongBits(view.getAsJsonObject("evaluation").getAsJsonArray("outputs").get(0).getAsDouble()));
            }
        }
    }

    /**
     * A client that hangs up before the answer is sent (curl ... | head -c 100): the server stays
     * quiet, as a command line does when its reader stops, rather than report an internal error.
     */
    @Test
    void aClientThatHangsUpIsNoInternalError() throws IOException {
        try (ServedFile served = ServedFile.start(Scripts.copy("iris-like.nn", folder))) {
            RawHttp http = new RawHttp(served.port());
            String id = session(http);
            for (int attempt = 0; attempt < 5; attempt++) {
                try (Socket socket = new Socket("127.0.0.1", served.port())) {
                    socket.getOutputStream().write(("GET /api/sessions/" + id + "/plot.png HTTP/1.1\r\nHost: 127.0.0.1:"
                            + served.port() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    socket.getOutputStream().flush();
                    socket.setSoLinger(true, 0); // close with a reset, as a killed reader does
                }
            }
            assertEquals(200, http.get("/api/sessions/" + id + "/plot.svg").status(), "the server still answers");
            assertFalse(served.log.toString().contains("internal error"), served.log.toString());
        }
    }

    @Test
    void exportsThePlotAsNnrunPlotDrawsIt() throws IOException {
        try (ServedFile served = ServedFile.start(Scripts.copy("iris-like.nn", folder))) {
            RawHttp http = new RawHttp(served.port());
            String id = session(http);
            RawHttp.Response svg = http.get("/api/sessions/" + id + "/plot.svg");
            assertEquals(200, svg.status());
            assertEquals("image/svg+xml", svg.headers().get("content-type"));
            assertTrue(svg.body().contains("<svg") && svg.body().contains("setosa"), svg.body());
            assertTrue(svg.headers().get("content-disposition").contains("iris-like.svg"));
            RawHttp.Response png = http.get("/api/sessions/" + id + "/plot.png");
            assertEquals("image/png", png.headers().get("content-type"));
            assertTrue(png.body().startsWith("\uFFFDPNG"), "a PNG signature");
        }
    }

    @Test
    void savesToTheFileTheCommandLineNamesAndNeverOverTheData(@TempDir Path other) throws IOException {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        Path target = other.resolve("chosen.nn");
        try (ServedFile served = ServedFile.start(script, target, 2)) {
            RawHttp http = new RawHttp(served.port());
            String id = session(http);
            assertEquals(200, http.post("/api/sessions/" + id + "/save", "{}").status());
            assertEquals(List.of("chosen.nn"), Folders.contents(other));
            assertEquals(List.of("relu-in-action.nn"), Folders.contents(folder));
        }
        Path data = Files.writeString(folder.resolve("rows.csv"), "x,y\n0,0\n1,1\n");
        Path withData = Files.writeString(folder.resolve("fit.nn"), "input x\noutput y identity w=? b=?\ndata \"rows.csv\"\n"
                + "train steps=3\n");
        try (ServedFile served = ServedFile.start(withData, data, 2)) {
            RawHttp http = new RawHttp(served.port());
            assertProblem(409, "is the script's data file", http.post("/api/sessions/" + session(http) + "/save",
                    "{\"replace\": true}"));
            assertEquals("x,y\n0,0\n1,1\n", Files.readString(data));
        }
    }

    @Test
    void boundsConcurrentTrainingsAndStepsOnePaused() throws IOException {
        Path script = Scripts.copy("serve-endless.nn", folder);
        try (ServedFile served = ServedFile.start(script, null, 2)) {
            RawHttp http = new RawHttp(served.port());
            String first = session(http);
            String second = session(http);
            String third = session(http);
            JsonObject stepped = json(http.post("/api/sessions/" + first + "/training", "{\"action\": \"step\"}"));
            assertEquals("paused", stepped.get("state").getAsString());
            assertEquals(200, http.post("/api/sessions/" + second + "/training", "{\"action\": \"start\"}").status());
            assertProblem(429, "2 trainings are running already", http.post("/api/sessions/" + third + "/training",
                    "{\"action\": \"start\"}"));
            assertProblem(409, "a training is under way", http.post("/api/sessions/" + second + "/parameter",
                    "{\"layer\": 0, \"kind\": \"bias\", \"index\": 0, \"value\": 1}"));
            // Reset ends a training and frees its slot.
            assertEquals(200, http.post("/api/sessions/" + second + "/training", "{\"action\": \"reset\"}").status());
            JsonObject third1 = json(http.post("/api/sessions/" + third + "/training", "{\"action\": \"step\"}"));
            assertTrue(List.of("running", "paused").contains(third1.get("state").getAsString()), third1.toString());
            // The paused one does exactly one step per request.
            long steps = waitForStep(http, first, 1);
            http.post("/api/sessions/" + first + "/training", "{\"action\": \"step\"}");
            assertEquals(steps + 1, waitForStep(http, first, steps + 1));
            JsonObject reset = json(http.post("/api/sessions/" + first + "/training", "{\"action\": \"reset\"}"));
            assertEquals("idle", reset.get("state").getAsString());
            JsonObject view = json(http.post("/api/sessions/" + first + "/view", "{\"inputs\": [0.5]}"));
            assertEquals(NnScripts.load(script).script().network().predict(0.5)[0],
                    view.getAsJsonObject("evaluation").getAsJsonArray("outputs").get(0).getAsDouble(),
                    "reset puts back the network from before training");
            http.post("/api/sessions/" + third + "/training", "{\"action\": \"reset\"}");
        }
    }

    @Test
    void trainingStatesAreReadWholeAndOrderedByVersionAndStep() throws IOException {
        Path script = Scripts.copy("serve-bump.nn", folder);
        try (ServedFile served = ServedFile.start(script)) {
            RawHttp http = new RawHttp(served.port());
            String id = session(http);
            JsonObject idle = training(http, id);
            assertEquals("idle", idle.get("state").getAsString());
            List<JsonObject> seen = new ArrayList<>(List.of(idle));
            seen.add(json(http.post("/api/sessions/" + id + "/training", "{\"action\": \"start\"}")));
            long deadline = System.currentTimeMillis() + 60_000;
            while (!seen.get(seen.size() - 1).get("state").getAsString().equals("done")) {
                assertTrue(System.currentTimeMillis() < deadline, "training did not finish: " + seen.get(seen.size() - 1));
                seen.add(training(http, id));
            }
            for (int i = 1; i < seen.size(); i++) {
                JsonObject before = seen.get(i - 1);
                JsonObject after = seen.get(i);
                long versionBefore = before.get("version").getAsLong();
                long versionAfter = after.get("version").getAsLong();
                assertTrue(versionAfter > versionBefore || versionAfter == versionBefore
                        && step(after) >= step(before), "read later, yet older: " + before + " then " + after);
                // The state and summary belong together: a running training has none yet.
                boolean done = after.get("state").getAsString().equals("done");
                assertEquals(done, !after.get("summary").getAsString().isEmpty(), after.toString());
                // The loss curve ends at the step the state reports.
                JsonArray steps = after.getAsJsonArray("lossSteps");
                assertEquals(steps.size(), after.getAsJsonArray("losses").size());
                if (step(after) > 0) {
                    assertEquals(step(after), steps.get(steps.size() - 1).getAsLong(), after.toString());
                }
            }
            assertTrue(seen.get(seen.size() - 1).get("summary").getAsString()
                    .contains("the loss fell below target_loss=0.001"));
        }
    }

    /**
     * A page in use is never the one a new page replaces (the least recently used is), and a page
     * closed while its training was paused gives its training slot back when it is replaced.
     */
    @Test
    void newPagesReplaceTheLeastRecentlyUsedAndFreePausedTrainings() throws IOException {
        Path script = Scripts.copy("serve-endless.nn", folder);
        try (ServedFile served = ServedFile.start(script)) {
            RawHttp http = new RawHttp(served.port());
            String inUse = session(http);
            String closedA = session(http);
            String closedB = session(http);
            for (String paused : List.of(closedA, closedB)) {
                http.post("/api/sessions/" + paused + "/training", "{\"action\": \"step\"}");
                waitForStep(http, paused, 1);
            }
            for (int i = 0; i < Sessions.LIMIT; i++) {
                session(http);
                assertEquals(200, http.post("/api/sessions/" + inUse + "/view", "{\"inputs\": [0.5]}").status(),
                        "the page in use is kept, after " + (i + 1) + " new pages");
            }
            assertProblem(404, "reload the page", http.post("/api/sessions/" + closedA + "/view", "{\"inputs\": [0]}"));
            assertProblem(404, "reload the page", http.post("/api/sessions/" + closedB + "/view", "{\"inputs\": [0]}"));
            // Both slots were held by the closed pages' paused trainings; now a page can train.
            RawHttp.Response start = http.post("/api/sessions/" + inUse + "/training", "{\"action\": \"start\"}");
            assertEquals(200, start.status(), start.body());
            http.post("/api/sessions/" + inUse + "/training", "{\"action\": \"reset\"}");
        }
    }

    /**
     * Saving while a training runs would write a half-trained network under a train line that
     * says otherwise: refused. Stopping keeps the network trained so far, says "stopped from the
     * page" (nobody pressed Ctrl-C), and then it saves. An edit afterwards clears the summary,
     * which describes a network no longer shown.
     */
    @Test
    void savesWaitForTheTrainingAndStopsSayWhoStopped(@TempDir Path other) throws IOException {
        Path script = Scripts.copy("serve-endless.nn", folder);
        Path target = other.resolve("saved.nn");
        try (ServedFile served = ServedFile.start(script, target, ServeSettings.DEFAULT_MAX_TRAININGS)) {
            RawHttp http = new RawHttp(served.port());
            String id = session(http);
            http.post("/api/sessions/" + id + "/training", "{\"action\": \"start\"}");
            assertProblem(409, "a training is under way; stop it", http.post("/api/sessions/" + id + "/save", "{}"));
            assertFalse(Files.exists(target), "nothing written");
            http.post("/api/sessions/" + id + "/training", "{\"action\": \"stop\"}");
            JsonObject state = waitForDone(http, id);
            String summary = state.get("summary").getAsString();
            assertTrue(summary.contains("STOPPED, training was stopped from the page; kept the model after step"), summary);
            assertFalse(summary.contains("Ctrl-C"), summary);
            assertEquals(200, http.post("/api/sessions/" + id + "/save", "{}").status());
            assertTrue(Files.exists(target));
            http.post("/api/sessions/" + id + "/parameter", "{\"layer\": 0, \"kind\": \"bias\", \"index\": 0, \"value\": 1}");
            assertEquals("", training(http, id).get("summary").getAsString(), "the summary went with the trained network");
        }
    }

    /** A script with held-out rows: the page's summary ends with their lines, as nnrun train's does. */
    @Test
    void theSummaryHasTheHeldOutLinesNnrunTrainPrints() throws IOException {
        Path script = Files.writeString(folder.resolve("held.nn"), Files.readString(Scripts.copy("serve-bump.nn", folder))
                .replace("data x, y", "data x, y holdout=0.4"));
        String expected = CliRun.of("train", script.toString()).err();
        try (ServedFile served = ServedFile.start(script)) {
            RawHttp http = new RawHttp(served.port());
            String id = session(http);
            http.post("/api/sessions/" + id + "/training", "{\"action\": \"start\"}");
            JsonObject state = waitForDone(http, id);
            String summary = state.get("summary").getAsString();
            String heldOut = summary.lines().filter(line -> line.startsWith("held-out")).findFirst().orElse("none");
            assertTrue(heldOut.startsWith("held-out loss = "), summary);
            assertTrue(expected.contains(heldOut + "\n"), "nnrun train printed\n" + expected + "the page\n" + summary);
        }
    }

    /** The training state a view answers with. */
    private static JsonObject training(RawHttp http, String id) throws IOException {
        return json(http.post("/api/sessions/" + id + "/view", "{\"inputs\": [0]}")).getAsJsonObject("training");
    }

    /** The training state once it is done (within a minute). */
    private static JsonObject waitForDone(RawHttp http, String id) throws IOException {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonObject state = training(http, id);
        while (!state.get("state").getAsString().equals("done")) {
            assertTrue(System.currentTimeMillis() < deadline, "training did not finish: " + state);
            state = training(http, id);
        }
        return state;
    }

    private static long step(JsonObject training) {
        return training.has("step") ? training.get("step").getAsLong() : 0;
    }

    private static long waitForStep(RawHttp http, String id, long step) throws IOException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            JsonObject training = training(http, id);
            long at = training.has("step") ? training.get("step").getAsLong() : 0;
            if (at >= step && training.get("state").getAsString().equals("paused")) {
                return at;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("training did not reach step " + step + ": " + training);
            }
            Thread.onSpinWait();
        }
    }
}
