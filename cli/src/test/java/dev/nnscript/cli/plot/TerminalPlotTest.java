package dev.nnscript.cli.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.TestNetworks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
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
    void theOutputGetsItsOwnBandWhenTheNodeCurvesDwarfIt() {
        OneInputCurves curves = OneInputCurves.of(TestNetworks.reluInAction(), 0, 1, 201);
        assertTrue(curves.outputDwarfed(), "the charts' rule: 0 to 1.01 beside -34.68 to 34.02");
        List<String> lines = print(curves, 80).lines().toList();
        // The output band first, its y range the output's own, then the node curves with theirs.
        assertEquals("  1.01 |", lines.get(1).substring(0, 8), String.join("\n", lines));
        int frame = lines.indexOf("       +" + "-".repeat(71));
        assertEquals(9, frame, String.join("\n", lines));
        assertEquals(" 34.02 |", lines.get(frame + 1).substring(0, 8));
        assertEquals(frame + 1 + 14, lines.lastIndexOf("       +" + "-".repeat(71)));
        for (String band : lines.subList(1, frame)) {
            assertTrue(band.substring(8).matches("[ *-]*"), "only the output's marks in its band: " + band);
        }
        assertTrue(lines.stream().allMatch(line -> line.length() < 80), String.join("\n", lines));
    }

    @Test
    void oneAxisWhenTheOutputIsNotDwarfed() {
        Activation identity = Activations.IDENTITY;
        Network network = new Network("pass-through", List.of("x"), List.of("y"), List.of(
                DenseLayer.of(1, new double[] {1}, new double[] {0}, new Activation[] {identity}),
                DenseLayer.of(1, new double[] {1}, new double[] {0}, new Activation[] {identity})));
        OneInputCurves curves = OneInputCurves.of(network, 0, 1, 21);
        assertTrue(!curves.outputDwarfed());
        String plot = print(curves, 80);
        assertEquals(1, plot.lines().filter(line -> line.matches(" +\\+-+")).count(), plot);
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

    private static String print(OneInputCurves curves, int columns) {
        StringWriter text = new StringWriter();
        TerminalPlot.print(curves, new PrintWriter(text), columns);
        return text.toString();
    }

    private static String print(TwoInputGrid grid, int columns) {
        StringWriter text = new StringWriter();
        TerminalPlot.print(grid, new PrintWriter(text), columns);
        return text.toString();
    }

    @Test
    void usesTheTerminalsWidth() {
        OneInputCurves curves = OneInputCurves.of(TestNetworks.reluInAction(), 0, 1, 401);
        for (int columns : new int[] {60, 80, 132, 200}) {
            int widest = print(curves, columns).lines().mapToInt(String::length).max().orElseThrow();
            assertTrue(widest <= columns - 1 && widest >= columns - 2, columns + " columns, widest line " + widest);
        }
        int widest = print(TwoInputGrid.of(TestNetworks.twoInputClassifier(), 0, 1, 41), 150).lines()
                .mapToInt(String::length).max().orElseThrow();
        assertTrue(widest >= 148 && widest <= 149, "heat map: widest line " + widest);
    }

    @Test
    void theWidthComesFromColumnsElseEighty() {
        assertEquals(123, TerminalWidth.columns(Map.of("COLUMNS", "123"), false));
        assertEquals(TerminalWidth.DEFAULT, TerminalWidth.columns(Map.of(), false));
        assertEquals(TerminalWidth.DEFAULT, TerminalWidth.columns(Map.of("COLUMNS", "wide"), false));
        assertEquals(TerminalWidth.DEFAULT, TerminalWidth.columns(Map.of("COLUMNS", "0"), false));
    }

    /** Every character drawn inside the frame appears as a mark in the legend. */
    private static void assertLegendNamesEveryMark(String plot) {
        Set<Character> drawn = plot.lines().filter(line -> line.matches("[ 0-9.e+-]* \\|.*"))
                .flatMap(line -> line.substring(line.indexOf(" |") + 2).chars().mapToObj(c -> (char) c))
                .filter(c -> c != ' ').collect(Collectors.toSet());
        Set<Character> named = plot.lines()
                .flatMap(line -> line.matches("  '.'  .*") ? List.of(line.charAt(3)).stream()
                        : line.matches("  \\S( \\S)*  .*") ? line.strip().split("  ")[0].replace(" ", "").chars()
                                .mapToObj(c -> (char) c) : List.<Character>of().stream())
                .collect(Collectors.toSet());
        assertTrue(named.containsAll(drawn), "drawn " + drawn + ", named " + named + "\n" + plot);
    }

    @Test
    void theLegendNamesEveryMark() {
        Dataset data = Dataset.of(new double[][] {{0}, {0.5}, {1}}, new double[][] {{0}, {1}, {0}});
        String curves = print(OneInputCurves.of(TestNetworks.reluInAction(), 0, 1, 201)
                .withData(data, List.of("effectiveness")), 80);
        assertTrue(curves.contains("\n  -  0\n"), "the zero line: " + curves);
        assertTrue(curves.contains("\n  o  effectiveness (data)\n"), curves);
        assertLegendNamesEveryMark(curves);
        Dataset rows = Dataset.of(new double[][] {{0.1, 0.9}, {0.9, 0.1}}, new double[][] {{1, 0, 0}, {0, 1, 0}});
        assertLegendNamesEveryMark(print(TwoInputGrid.of(TestNetworks.twoInputClassifier(), 0, 1, 41).withData(rows), 80));
        DenseLayer line = DenseLayer.of(2, new double[] {3, -1}, new double[] {0}, new Activation[] {Activations.IDENTITY});
        Network values = new Network(null, List.of("a", "b"), List.of("y"), List.of(line));
        String shades = print(TwoInputGrid.of(values, 0, 1, 41), 80);
        assertLegendNamesEveryMark(shades);
        assertTrue(shades.contains("shades by |y| (-1 to 3):"), shades);
    }
}
