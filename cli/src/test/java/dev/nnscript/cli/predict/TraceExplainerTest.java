package dev.nnscript.cli.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.TestNetworks;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TraceExplainerTest {

    private static String explain(Network network, double... input) {
        ForwardTrace trace = new ForwardTrace(network, 1);
        network.forward(input, 1, trace);
        StringWriter text = new StringWriter();
        new TraceExplainer(network, new PrintWriter(text, true)).explain(trace, 0);
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void walksThroughTheReluNetworkAtDosagePointOne() {
        assertEquals("""
                dosage = 0.1

                hidden layer 1
                  node 1
                    x = 0.1 × 1.7 + -0.85 = -0.68
                    relu(-0.68) = 0
                  node 2
                    x = 0.1 × 12.6 + 0 = 1.26
                    relu(1.26) = 1.26

                output layer
                  effectiveness
                    x = 0 × -40.8 + 1.26 × 2.7 + -16 = -12.6
                    relu(-12.6) = 0

                effectiveness = 0
                """, explain(TestNetworks.reluInAction(), 0.1));
    }

    @Test
    void showsSoftmaxProbabilities() {
        String text = explain(TestNetworks.twoInputClassifier(), 1, 0);
        assertTrue(text.contains("  softmax over the x values\n    setosa = 0.9756\n"), text);
        assertTrue(text.contains("    x = 1 × 4 + 0 × 0 + 0 = 4\n"), text);
    }
}
