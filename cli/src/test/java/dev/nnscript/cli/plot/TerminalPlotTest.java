package dev.nnscript.cli.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.TestNetworks;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalPlotTest {

    @Test
    void drawsTheCurvesWithALegend() {
        StringWriter text = new StringWriter();
        TerminalPlot.print(OneInputCurves.of(TestNetworks.reluInAction(), 0, 1, 201), new PrintWriter(text), 80);
        String plot = text.toString();
        assertTrue(plot.startsWith("ReLU in action"), plot);
        assertTrue(plot.contains("  1  node 1 × -40.8"), plot);
        assertTrue(plot.contains("  2  node 2 × 2.7"), plot);
        assertTrue(plot.contains("  +  sum + bias (-16)"), plot);
        assertTrue(plot.contains("  *  effectiveness = relu(sum)"), plot);
        assertTrue(plot.contains("dosage"), plot);
        // The output's peak, 1.01 at dosage 0.5, sits on the output curve in the middle column.
        assertTrue(plot.lines().anyMatch(line -> line.contains("*")), plot);
    }

    @Test
    void drawsAClassMap() {
        StringWriter text = new StringWriter();
        TerminalPlot.print(TwoInputGrid.of(TestNetworks.twoInputClassifier(), 0, 1, 41), new PrintWriter(text), 80);
        String plot = text.toString();
        assertTrue(plot.contains("  A  setosa"), plot);
        assertTrue(plot.contains("  C  virginica"), plot);
        // Near the origin all logits but virginica's bias are 0: virginica wins there.
        assertTrue(plot.lines().filter(line -> line.contains("|C")).count() > 0, plot);
    }
}
