package dev.nnscript.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nnscript.core.activation.Activations;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A trace's arrays are [rows][width]: a batch whose rows times the widest layer overflow an int is
 * refused with a message saying how many rows fit, never an arithmetic overflow (the CLI turned
 * that into an internal error).
 */
class ForwardTraceSizeTest {

    /** One input, a layer a million wide (8 MB of weights), one output. */
    private static Network wide() {
        DenseLayer hidden = DenseLayer.uniform(1, 1 << 20, Activations.RELU);
        DenseLayer output = DenseLayer.uniform(1 << 20, 1, Activations.IDENTITY);
        return new Network("wide", List.of("x"), List.of("y"), List.of(hidden, output));
    }

    @Test
    void theWidestLayerDecidesHowManyRowsFit() {
        assertEquals(ForwardTrace.MAX_ARRAY_VALUES / (1 << 20), ForwardTrace.maxRows(wide()));
    }

    @Test
    void aBatchWhoseArraysWouldOverflowIsRefusedBeforeAnyAllocation() {
        Network network = wide();
        int tooMany = ForwardTrace.maxRows(network) + 1; // 2048 rows x 2^20 = 2^31 values
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ForwardTrace(network, tooMany));
        assertEquals("a batch of 2048 rows does not fit one trace: the widest layer's values for them are more"
                + " than one array holds (2147483639); at most 2047 rows fit", e.getMessage());
    }
}
