package dev.nnscript.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The ring keeps the most recent entries in order across wrap-arounds and undone steps. */
class LossHistoryTest {

    @Test
    void keepsTheLastEntriesAcrossWrapsAndDrops() {
        LossHistory history = new LossHistory(4);
        for (int step = 1; step <= 8; step++) {
            history.add(step);
        }
        history.dropLast(); // undoes step 8, in the ring's last slot: the write position wraps back
        history.add(80);
        assertArrayEquals(new double[] {5, 6, 7, 80}, history.toArray(), 0.0);
        assertEquals(5, history.firstStep());
        history.add(9);
        history.add(10);
        history.dropLast(); // undoes step 10, in the middle of the ring
        history.add(100);
        assertArrayEquals(new double[] {7, 80, 9, 100}, history.toArray(), 0.0);
        assertEquals(7, history.firstStep());
    }
}
