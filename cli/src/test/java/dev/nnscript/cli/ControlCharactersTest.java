package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters from a user's files (a network name, a CSV cell, a data path) reach the
 * terminal as {@code U+001B}, never raw, so they cannot clear the screen, retitle the window or
 * hide a message; an SVG with such a name is still well-formed XML.
 */
class ControlCharactersTest {

    private static final String ESCAPE = "\u001b]0;pwned\u0007\u001b[2J";
    private static final String SHOWN = "U+001B]0;pwnedU+0007U+001B[2J";

    @TempDir
    Path folder;

    @Test
    void checkShowsTheNetworkNameAndFileSafely() throws Exception {
        Path script = Files.writeString(folder.resolve("m\u001b[1m.nn"),
                "network \"" + ESCAPE + "\"\ninput x\noutput y relu w=1 b=0\n");
        CliRun run = CliRun.of("check", script.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(folder + "/mU+001B[1m.nn: ok\n  network     " + SHOWN + "\n"), run.out());
        assertFalse(run.out().contains("\u001b"), run.out());
    }

    @Test
    void dataCellsAndPathsInMessagesAreShownSafely() throws Exception {
        Path script = Scripts.copy("iris-like.nn", folder);
        Path data = Files.writeString(folder.resolve("data.csv"),
                "petal_width,sepal_width,species\n0.1,\"" + ESCAPE + "\",setosa\n");
        CliRun run = CliRun.of("train", script.toString(), "--data", data.toString(), "--steps", "1");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(data + ":2:5: error: expected a number in column 'sepal_width' but found '"
                + SHOWN.substring(0, 10)), run.err());
        assertFalse(run.err().contains("\u001b"), run.err());

        CliRun missing = CliRun.of("train", script.toString(), "--data", folder.resolve("x\u001b[2J.csv").toString());
        assertEquals(1, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("xU+001B[2J.csv"), missing.err());
        assertFalse(missing.err().contains("\u001b"), missing.err());
    }

    @Test
    void svgIsWellFormedWhateverTheNetworkIsCalled() throws Exception {
        Path script = Files.writeString(folder.resolve("m.nn"),
                "network \"" + ESCAPE + "\u0085 <a> & ]]>\"\ninput x\noutput y relu w=1 b=0\n");
        Path svg = folder.resolve("m.svg");
        CliRun run = CliRun.of("plot", script.toString(), "--out", svg.toString());
        assertEquals(0, run.exitCode(), run.err());
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        // The SVG's DTD is on the web; well-formedness needs only the file.
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        xml.newDocumentBuilder().parse(svg.toFile());
        assertTrue(Files.readString(svg).contains("pwned"));
    }
}
