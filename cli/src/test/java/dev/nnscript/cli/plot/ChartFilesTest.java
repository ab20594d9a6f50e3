package dev.nnscript.cli.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.TestNetworks;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private OneInputCurves relu() {
        return OneInputCurves.of(TestNetworks.reluInAction(), 0, 1, OneInputCurves.DEFAULT_SAMPLES);
    }

    @Test
    void svgHoldsEveryCurveAndLabel() throws IOException {
        Path file = folder.resolve("relu.svg");
        ChartFiles.write(relu(), file);
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), svg.substring(0, 40));
        for (String label : new String[] {"ReLU in action", "dosage", "node 1 × -40.8", "node 2 × 2.7",
            "sum + bias (-16)", "effectiveness = relu(sum)"}) {
            assertTrue(svg.contains(label), label);
        }
        for (String colour : new String[] {"rgb(31,119,180)", "rgb(255,127,14)", "rgb(44,160,44)", "rgb(30,30,30)"}) {
            assertTrue(svg.contains("stroke:" + colour + ";"), colour);
        }
    }

    @Test
    void pngIsAnImageOfTheChartsSize() throws IOException {
        Path file = folder.resolve("relu.png");
        ChartFiles.write(relu(), file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(ChartFiles.WIDTH, image.getWidth());
        assertEquals(ChartFiles.HEIGHT, image.getHeight());
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = folder.resolve("relu.svg");
        Files.writeString(file, "old");
        ChartFiles.write(relu(), file);
        assertTrue(Files.readString(file).contains("node 1"));
        try (var files = Files.list(folder)) {
            assertArrayEquals(new Object[] {file}, files.toArray());
        }
    }

    @Test
    void heatMapOfAClassifierNamesItsClasses() throws IOException {
        Path file = folder.resolve("classes.svg");
        ChartFiles.write(TwoInputGrid.of(TestNetworks.twoInputClassifier(), 0, 1, 21), file);
        String svg = Files.readString(file);
        // The vertical axis label is drawn rotated, which JFreeChart writes as glyph outlines, not text.
        for (String label : new String[] {"setosa", "versicolor", "virginica", "petal_width"}) {
            assertTrue(svg.contains(label), label);
        }
    }

    @Test
    void supportsSvgAndPngOnly() {
        assertTrue(ChartFiles.supports(Path.of("a.SVG")));
        assertTrue(ChartFiles.supports(Path.of("a.png")));
        assertEquals(false, ChartFiles.supports(Path.of("a.pdf")));
    }
}
