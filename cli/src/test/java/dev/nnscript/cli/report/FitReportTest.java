package dev.nnscript.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.NnScripts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact text of the report lines, with losses worked out by hand. */
class FitReportTest {

    /** y1 = x, y2 = 2x: residuals against the targets below are 1 and 2 per row. */
    private static final Network TWO_OUTPUTS = NnScripts.parse("input x\noutput y1 identity w=1 b=0\n"
            + "output y2 identity w=2 b=0\n", "two.nn").script().network();

    private static final Dataset THREE_ROWS = new Dataset(new double[] {0, 1, 2},
            new double[] {1, 2, 2, 4, 3, 6}, 3, 1, 2);

    @Test
    void aSumGivesNoTotal() {
        // Squared residuals: 1 + 4 per row, 15 in all.
        assertEquals(List.of("loss = 15 (ssr, sum over 3 rows)"),
                FitReport.loss(TWO_OUTPUTS, Losses.SSR, new MeasuredRows(THREE_ROWS, null, false)));
    }

    @Test
    void aMeanOverValuesNamesTheValuesAndGivesTheTotal() {
        assertEquals(List.of("loss = 2.5 (mse, mean over 6 values (3 training rows x 2 outputs); total 15)"),
                FitReport.loss(TWO_OUTPUTS, Losses.MSE, new MeasuredRows(THREE_ROWS, null, true)));
    }

    @Test
    void heldOutRowsGetALineOfTheirOwnInTheSingular() {
        Dataset one = new Dataset(new double[] {5}, new double[] {5, 10}, 1, 1, 2);
        assertEquals(List.of("loss = 15 (ssr, sum over 3 training rows)", "held-out loss = 0 (ssr, sum over 1 held-out row)"),
                FitReport.loss(TWO_OUTPUTS, Losses.SSR, new MeasuredRows(THREE_ROWS, one, false)));
    }

    @Test
    void accuracyNeedsClasses() {
        assertEquals(List.of("accuracy: needs a softmax output layer (one output per class)"),
                FitReport.accuracy(TWO_OUTPUTS, new MeasuredRows(THREE_ROWS, null, true)));
    }
}
