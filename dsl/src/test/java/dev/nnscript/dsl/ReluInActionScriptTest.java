package dev.nnscript.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.network.Network;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The fixed point: StatQuest's "ReLU in action" network, exactly as drawn. */
class ReluInActionScriptTest {

    static final String RELU_IN_ACTION = """
            # relu-in-action.nn: StatQuest, Neural Networks Part 3
            input dosage
            hidden relu w=1.70 b=-0.85
            hidden relu w=12.6 b=0.00
            output effectiveness relu w=[-40.8, 2.70] b=-16
            """;

    static Network load(String source) {
        LoadResult result = NnScripts.parse(source, "relu-in-action.nn");
        assertTrue(result.succeeded(), result::formattedDiagnostics);
        return result.script().network();
    }

    @Test
    void givesOnePointZeroOneAtHalfDosageThroughTheEngine() {
        assertEquals(1.0100000000000016, load(RELU_IN_ACTION).predict(0.5)[0], 0.0);
    }

    @Test
    void crlfBomTabsAndTrailingCommentsGiveAnEqualNetwork() {
        String messy = "\uFEFF# relu-in-action.nn\r\n"
                + "input\tdosage   # the only input\r\n"
                + "\r\n"
                + "hidden\trelu\tw=1.70\tb=-0.85 # top node\r\n"
                + "  hidden relu w=12.6 b=0.00\t# bottom node\r\n"
                + "output effectiveness relu w=[ -40.8 ,2.70 ] b=-16 #\r\n";
        byte[] bytes = messy.getBytes(StandardCharsets.UTF_8);
        LoadResult result = NnScripts.load(bytes, "messy.nn", Path.of(""));
        assertTrue(result.succeeded(), result::formattedDiagnostics);
        assertEquals(load(RELU_IN_ACTION), result.script().network());
    }

    @Test
    void readsTheNetworkNameAndShapes() {
        Network n = load("network \"ReLU in action\"\n" + RELU_IN_ACTION);
        assertEquals("ReLU in action", n.name());
        assertEquals(2, n.layer(0).outputs());
        assertEquals(-40.8, n.layer(1).weight(0, 0), 0.0);
    }
}
