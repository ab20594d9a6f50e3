package dev.nnscript.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.cli.TestNetworks;
import dev.nnscript.core.network.Network;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class NetworkSummaryTest {

    private static String summary(Network network, long unknown) {
        StringWriter text = new StringWriter();
        NetworkSummary.print(network, unknown, new PrintWriter(text));
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void describesTheReluNetwork() {
        Network network = TestNetworks.reluInAction();
        network.layer(1).frozenBiases()[0] = true;
        assertEquals("""
                  network     ReLU in action
                  inputs      dosage
                  layer 1     hidden, 2 nodes, relu
                  layer 2     output effectiveness, relu
                  parameters  7 (0 unknown, 1 frozen)
                """, summary(network, 0));
    }

    @Test
    void describesASoftmaxClassifier() {
        assertEquals("""
                  inputs      petal_width, sepal_width
                  layer 1     output setosa, versicolor, virginica, softmax
                  parameters  9 (9 unknown, 0 frozen)
                """, summary(TestNetworks.twoInputClassifier(), 9));
    }
}
