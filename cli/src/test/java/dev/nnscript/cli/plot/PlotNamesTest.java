package dev.nnscript.cli.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Names with markup or control characters: well-formed SVG, and nothing raw to the terminal. */
class PlotNamesTest {

    private static final String NASTY = "a<b>&\"'\u001b[31m\u0007\r\u202e";

    @TempDir
    Path folder;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static Network oneInput() {
        DenseLayer hidden = DenseLayer.of(1, new double[] {1, -1}, new double[] {0, 0},
                new Activation[] {Activations.RELU, Activations.RELU});
        DenseLayer output = DenseLayer.of(2, new double[] {1, 1}, new double[] {0}, new Activation[] {Activations.RELU});
        return new Network("net " + NASTY, List.of("in " + NASTY), List.of("out " + NASTY), List.of(hidden, output));
    }

    private static Network twoInputs(boolean softmax) {
        DenseLayer output = softmax ? DenseLayer.softmax(2, new double[] {1, 0, 0, 1}, new double[] {0, 0})
                : DenseLayer.of(2, new double[] {1, -1}, new double[] {0}, new Activation[] {Activations.IDENTITY});
        List<String> outputs = softmax ? List.of("one " + NASTY, "two " + NASTY) : List.of("out " + NASTY);
        return new Network("net " + NASTY, List.of("x " + NASTY, "y " + NASTY), outputs, List.of(output));
    }

    private Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The SVG names its DTD by URL; well-formedness needs no download.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
    }

    @Test
    void svgIsWellFormedXmlWhateverTheNames() throws Exception {
        Path curves = folder.resolve("curves.svg");
        ChartFiles.write(OneInputCurves.of(oneInput(), -1, 1, 21), curves);
        Document document = parse(curves);
        assertTrue(document.getDocumentElement().getTextContent().contains("net a<b>&\"'U+001B[31mU+0007U+000DU+202E"),
                "the title, markup characters as text, control characters named");
        for (boolean softmax : new boolean[] {true, false}) {
            Path map = folder.resolve("map-" + softmax + ".svg");
            ChartFiles.write(TwoInputGrid.of(twoInputs(softmax), 0, 1, 11), map);
            assertTrue(parse(map).getDocumentElement().getTextContent().contains("U+001B"));
        }
    }

    @Test
    void terminalPlotsShowControlCharactersAsCodePoints() throws IOException {
        StringWriter text = new StringWriter();
        TerminalPlot.print(OneInputCurves.of(oneInput(), -1, 1, 21), new PrintWriter(text), 80);
        TerminalPlot.print(TwoInputGrid.of(twoInputs(true), 0, 1, 11), new PrintWriter(text), 80);
        TerminalPlot.print(TwoInputGrid.of(twoInputs(false), 0, 1, 11), new PrintWriter(text), 80);
        String plot = text.toString();
        assertTrue(plot.chars().allMatch(c -> c == '\n' || (c >= ' ' && c != 0x7f && c != 0x202e)),
                "no control character reaches the terminal:\n" + plot);
        assertTrue(plot.contains("net a<b>&\"'U+001B[31mU+0007U+000DU+202E"), plot);
        assertTrue(plot.contains("one a<b>&\"'U+001B[31m"), plot);
    }
}
