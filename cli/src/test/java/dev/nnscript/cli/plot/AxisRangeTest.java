package dev.nnscript.cli.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nnscript.core.train.Dataset;
import org.junit.jupiter.api.Test;

class AxisRangeTest {

    /** Two inputs per row: column 0 spans 0..10, column 1 spans 4..6. */
    private static final Dataset DATA = new Dataset(new double[] {0, 4, 10, 6}, new double[] {0, 1}, 2, 2, 1);

    @Test
    void takesEachEndLeftOutFromTheDataColumnWidenedByFivePercent() {
        assertEquals(new PlotRange(-0.5, 3), AxisRange.resolve("--from", null, "--to", 3.0, DATA, 0, IllegalStateException::new));
        assertEquals(new PlotRange(3.9, 6.1), AxisRange.resolve("--y-from", null, "--y-to", null, DATA, 1,
                IllegalStateException::new));
    }

    @Test
    void withoutDataTheUnitRangeFillsIn() {
        assertEquals(new PlotRange(-2, 1), AxisRange.resolve("--from", -2.0, "--to", null, null, 0, IllegalStateException::new));
    }

    @Test
    void endsOutOfOrderAreTheCommandsUsageProblemSayingWhichEndCameFromTheData() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AxisRange.resolve("--from", 20.0, "--to", null, DATA, 0, IllegalStateException::new));
        assertEquals("--from must be below --to (got 20 and 10.5, one of them from the data)", e.getMessage());
    }
}
