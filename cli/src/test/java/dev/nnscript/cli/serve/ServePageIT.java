package dev.nnscript.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.nnscript.cli.CliRun;
import dev.nnscript.cli.Scripts;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.print.ScriptPrinter;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * nnrun serve's page in a real browser (headless Chromium, see {@link HeadlessChromium}), against
 * a server started in this JVM: what the page shows is compared with what {@code nnrun} prints for
 * the same input and with the engine's own numbers.
 */
class ServePageIT {

    @TempDir
    Path folder;

    private ChromeDriver browser;
    private ServedFile served;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (served != null) {
            served.close();
            served = null;
        }
    }

    private void open(Path script, int width, int height) throws IOException {
        served = ServedFile.start(script);
        browser = HeadlessChromium.start(folder.resolve("profile"), width, height);
        browser.get(served.url());
        waitFor("the trace", () -> !text("trace").isEmpty());
    }

    private String text(String id) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById(arguments[0]).textContent", id);
    }

    private String value(String id) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById(arguments[0]).value", id);
    }

    /** Read by script, not through an element reference: the page redraws its outputs and curves. */
    private String attribute(String id, String name) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById(arguments[0]).getAttribute(arguments[1])", id, name);
    }

    private double shownOutput(int index) {
        return Double.parseDouble(attribute("output-" + index, "data-exact"));
    }

    private void waitFor(String what, Supplier<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).withMessage(() -> "waiting for " + what
                + "; the page says: " + text("message")).until(driver -> condition.get());
    }

    private void type(String id, String number) {
        WebElement box = browser.findElement(By.id(id));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), number, Keys.ENTER);
    }

    @Test
    void aSliderMovesTheOutputAndTraceAsNnrunTracePrintsThem() throws IOException {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        open(script, 1300, 1000);
        String before = text("trace");
        WebElement slider = browser.findElement(By.id("input-0"));
        for (int i = 0; i < 25; i++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        waitFor("the slider's value", () -> !value("input-0-value").equals("0.5"));
        String input = value("input-0-value");
        String expected = CliRun.of(script.toString(), "--trace", "--input", input).out();
        waitFor("the trace for " + input, () -> text("trace").equals(expected));
        assertNotEquals(before, text("trace"));
        double engine = NnScripts.load(script).script().network().predict(Double.parseDouble(input))[0];
        assertEquals(Double.doubleToLongBits(engine), Double.doubleToLongBits(shownOutput(0)));
        String shown = text("output-0");
        assertTrue(shown.startsWith(expected.strip().lines().reduce((a, b) -> b).orElseThrow()), shown);
    }

    @Test
    void anEditedWeightOrOutputBiasMovesTheCurveAndOutputAsTheEngineSays() throws IOException {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        open(script, 1300, 1000);
        type("input-0-value", "0.6");
        Network network = NnScripts.load(script).script().network().copy();
        waitFor("the output at 0.6", () -> shownOutput(0) == network.predict(0.6)[0]);
        String curve = attribute("curve-output-0", "d");
        String sum = attribute("curve-sum", "d");
        type("param-w-1-1-value", "3.5");
        network.outputLayer().weights()[1] = 3.5;
        waitFor("the output after the weight edit", () -> shownOutput(0) == network.predict(0.6)[0]);
        waitFor("the sum curve to move", () -> !attribute("curve-sum", "d").equals(sum));
        String afterWeight = attribute("curve-output-0", "d");
        assertNotEquals(curve, afterWeight);
        type("param-b-1-0-value", "-15.5");
        network.outputLayer().biases()[0] = -15.5;
        waitFor("the output after the bias edit", () -> shownOutput(0) == network.predict(0.6)[0]);
        waitFor("the output curve to move", () -> !attribute("curve-output-0", "d").equals(afterWeight));
        // The trace of the edited network is nnrun --trace's for the same network written out.
        Path edited = Files.writeString(folder.resolve("edited.nn"), ScriptPrinter.print(network));
        assertEquals(CliRun.of(edited.toString(), "--trace", "--input", "0.6").out(), text("trace"));
        assertTrue(text("trace").contains(" × 3.5 + -15.5 = "), text("trace"));
        // An output that overflows is Infinity, as nnrun --format csv prints it, not NaN (JSON's null).
        type("param-w-1-0-value", "0");
        type("input-0-value", "1e308");
        waitFor("the infinite output", () -> attribute("output-0", "data-exact").equals("Infinity"));
        assertTrue(text("output-0").startsWith("effectiveness = Infinity (Infinity)"), text("output-0"));
    }

    @Test
    void trainsToTheTargetLossAndTheSavedFilePredictsBitForBit() throws IOException {
        Path script = Scripts.copy("serve-bump.nn", folder);
        open(script, 1320, 1950);
        browser.findElement(By.id("train-start")).click();
        waitFor("training to finish", () -> text("train-state").equals("done"));
        // "done" and the summary are one snapshot: read once, not waited for.
        String summary = text("train-summary");
        assertTrue(summary.contains("the loss fell below target_loss=0.001"), summary);
        // A snapshot from while training ran, landing late (as a slow answer can), is not drawn.
        ((JavascriptExecutor) browser).executeScript("renderTraining({version: 0, step: 7, state: 'running',"
                + " available: true, settings: 'stale', summary: '', lossSteps: [7], losses: [1]})");
        assertEquals("done", text("train-state"));
        assertEquals(summary, text("train-summary"));
        // The summary and the last loss points arrive as separate events: under load the curve may be drawn a frame later.
        waitFor("the loss curve", () -> browser.findElements(By.id("loss-line")).size() == 1);
        screenshot("serve-training.png");
        browser.findElement(By.id("save")).click();
        Path saved = folder.resolve("serve-bump.edited.nn");
        waitFor("the save", () -> text("message").startsWith("saved "));
        assertTrue(Files.readString(saved).contains("train loss=ssr optimizer=adam lr=0.05"), Files.readString(saved));
        for (String input : List.of("0.1", "0.37", "0.5", "0.9")) {
            type("input-0-value", input);
            String csv = CliRun.of(saved.toString(), "--input", input, "--format", "csv").out();
            double reloaded = Double.parseDouble(csv.lines().toList().get(1).split(",")[1]);
            waitFor("the output at " + input, () -> text("trace").startsWith("x = " + input + "\n"));
            assertEquals(Double.doubleToLongBits(reloaded), Double.doubleToLongBits(shownOutput(0)),
                    "at " + input + ": page " + shownOutput(0) + ", saved file " + reloaded);
        }
    }

    /**
     * Every event stream the server keeps is taken (by other pages, or pages reloaded a moment
     * ago): the page says it has no live updates and asks for its state instead, so a training it
     * starts is still seen to the end, never left at "running".
     */
    @Test
    void withoutAnEventStreamThePageStillSeesTrainingEnd() throws IOException {
        Path script = Scripts.copy("serve-bump.nn", folder);
        served = ServedFile.start(script);
        List<Socket> taken = new ArrayList<>();
        try {
            RawHttp http = new RawHttp(served.port());
            String other = JsonParser.parseString(http.post("/api/sessions", "{}").body()).getAsJsonObject()
                    .get("id").getAsString();
            for (int i = 0; i < EventStream.LIMIT; i++) {
                Socket stream = new Socket("127.0.0.1", served.port());
                stream.getOutputStream().write(("GET /api/sessions/" + other + "/events HTTP/1.1\r\nHost: 127.0.0.1:"
                        + served.port() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                stream.getOutputStream().flush();
                assertTrue(new String(stream.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1)
                        .startsWith("HTTP/1.1 200"), "stream " + i + " open");
                taken.add(stream);
            }
            browser = HeadlessChromium.start(folder.resolve("profile"), 1320, 1950);
            browser.get(served.url());
            waitFor("the trace", () -> !text("trace").isEmpty());
            waitFor("the notice", () -> text("message").startsWith("no live updates from the server"));
            browser.findElement(By.id("train-start")).click();
            waitFor("training to finish", () -> text("train-state").equals("done"));
            assertTrue(text("train-summary").contains("the loss fell below target_loss=0.001"), text("train-summary"));
        } finally {
            for (Socket stream : taken) {
                stream.close();
            }
        }
    }

    /**
     * The README's and docs/serve.md's pictures (the training test takes the trained one): taken
     * here, into target/serve-screenshots, and into the folder the system property
     * serve.screenshots names when it is set.
     */
    @Test
    void screenshots() throws IOException {
        shoot("../examples/relu-in-action.nn", "serve-relu-in-action.png", "0.5");
        shoot("../examples/iris-statquest.nn", "serve-iris.png", null);
    }

    private void shoot(String example, String name, String input) throws IOException {
        Path script = Files.copy(Path.of(example), folder.resolve(Path.of(example).getFileName()));
        open(script, 1320, 1440);
        if (input != null) {
            type("input-0-value", input);
            waitFor("the trace at " + input, () -> text("trace").contains(" = " + input + "\n"));
        }
        screenshot(name);
        close();
    }

    private void screenshot(String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur()");
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        assertEquals(List.of((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'),
                List.of(png[0], png[1], png[2], png[3]));
        Path shots = Files.createDirectories(Path.of("target/serve-screenshots"));
        Files.write(shots.resolve(name), png);
        String wanted = System.getProperty("serve.screenshots");
        if (wanted != null) {
            Files.write(Files.createDirectories(Path.of(wanted)).resolve(name), png);
        }
    }
}
