package dev.nnscript.cli.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.TestNetworks;
import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.Range;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the charts hold, read from JFreeChart's model rather than from pixels. */
class ChartModelTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** y = 3a - b: from -1 to 3 over the unit square. */
    private static Network lopsided() {
        DenseLayer output = DenseLayer.of(2, new double[] {3, -1}, new double[] {0}, new Activation[] {Activations.IDENTITY});
        return new Network("Lopsided", List.of("a", "b"), List.of("y"), List.of(output));
    }

    /** y = a + b + 0.5: from 0.5 to 2.5, never 0. */
    private static Network positive() {
        DenseLayer output = DenseLayer.of(2, new double[] {1, 1}, new double[] {0.5}, new Activation[] {Activations.IDENTITY});
        return new Network("Positive", List.of("a", "b"), List.of("y"), List.of(output));
    }

    private static PaintScale scale(JFreeChart chart) {
        return ((XYBlockRenderer) chart.getXYPlot().getRenderer()).getPaintScale();
    }

    @Test
    void theHeatMapIsWhiteAtZero() {
        PaintScale scale = scale(HeatMapChart.of(TwoInputGrid.of(lopsided(), 0, 1, 21)));
        assertEquals(Color.WHITE, scale.getPaint(0.0));
        assertEquals(Palette.ORANGE, scale.getPaint(3.0));
        // -1 is a third as far from 0 as 3: a light blue, not the full one.
        Color low = (Color) scale.getPaint(-1.0);
        assertTrue(low.getBlue() > low.getRed() && low.getRed() > Palette.BLUE.getRed(), low.toString());
    }

    @Test
    void aHeatMapOfPositiveValuesHasNoBlue() {
        PaintScale scale = scale(HeatMapChart.of(TwoInputGrid.of(positive(), 0, 1, 21)));
        assertEquals(0.0, scale.getLowerBound(), "the colour bar reaches down to 0");
        Color lowest = (Color) scale.getPaint(0.5);
        assertTrue(lowest.getRed() >= lowest.getBlue(), "0.5 is a light orange, not blue: " + lowest);
    }

    @Test
    void theOutputGetsItsOwnPanelWhenTheScaledNodesDwarfIt() {
        JFreeChart relu = CurveChart.of(OneInputCurves.of(TestNetworks.reluInAction(), 0, 1, 201));
        assertTrue(relu.getXYPlot() instanceof CombinedDomainXYPlot, "output 0..1 against contributions -35..34");
        List<XYPlot> panels = ((CombinedDomainXYPlot) relu.getXYPlot()).getSubplots();
        assertEquals(2, panels.size());
        assertEquals("effectiveness = relu(sum)", panels.get(0).getDataset().getSeriesKey(0));
        assertEquals("node 1 × -40.8", panels.get(1).getDataset().getSeriesKey(0));
    }

    @Test
    void curvesOfSimilarSizeShareOnePanel() {
        // Two identity nodes, 0..1 each; the output is their sum: same size as the parts.
        DenseLayer hidden = DenseLayer.of(1, new double[] {1, 1}, new double[] {0, 0},
                new Activation[] {Activations.IDENTITY, Activations.IDENTITY});
        DenseLayer output = DenseLayer.of(2, new double[] {1, 1}, new double[] {0}, new Activation[] {Activations.RELU});
        Network network = new Network("Even", List.of("x"), List.of("y"), List.of(hidden, output));
        JFreeChart chart = CurveChart.of(OneInputCurves.of(network, 0, 1, 11));
        assertFalse(chart.getXYPlot() instanceof CombinedDomainXYPlot);
    }

    @Test
    void theInputAxisEndsAtTheRangeSoNoTickLabelIsClipped() {
        JFreeChart curves = CurveChart.of(OneInputCurves.of(TestNetworks.reluInAction(), 0, 1, 201));
        assertEquals(new Range(0, 1), curves.getXYPlot().getDomainAxis().getRange());
        JFreeChart map = HeatMapChart.of(TwoInputGrid.of(TestNetworks.twoInputClassifier(),
                new PlotRange(-1, 1), new PlotRange(2, 5), 21));
        assertEquals(new Range(-1, 1), map.getXYPlot().getDomainAxis().getRange());
        assertEquals(new Range(2, 5), map.getXYPlot().getRangeAxis().getRange());
    }

    @Test
    void legendEntriesAreSetApart() {
        JFreeChart chart = CurveChart.of(OneInputCurves.of(TestNetworks.reluInAction(), 0, 1, 201));
        assertTrue(chart.getLegend().getItemLabelPadding().getRight() >= 16,
                "room after each label: " + chart.getLegend().getItemLabelPadding());
    }

    @Test
    void infiniteValuesBecomeGapsNotAnError() {
        DenseLayer line = DenseLayer.of(1, new double[] {1e308}, new double[] {0}, new Activation[] {Activations.IDENTITY});
        Network network = new Network(null, List.of("x"), List.of("y"), List.of(line));
        OneInputCurves curves = OneInputCurves.of(network, 0, 4, 5);
        JFreeChart chart = CurveChart.of(curves);
        Range y = chart.getXYPlot().getRangeAxis().getRange();
        assertTrue(Double.isFinite(y.getLowerBound()) && Double.isFinite(y.getUpperBound()), y.toString());
        assertNotEquals(List.of(), curves.nonFiniteValues());
        assertEquals("y is not finite or beyond ±1e300 at 4 of 5 samples (x from 1 to 4); left out of the plot",
                curves.nonFiniteValues().get(0));
    }
}
