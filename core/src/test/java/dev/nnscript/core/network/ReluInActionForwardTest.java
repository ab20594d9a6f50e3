package dev.nnscript.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** StatQuest, Neural Networks Part 3 ("ReLU in action"): reference numbers from the video. */
class ReluInActionForwardTest {

    static Network reluInAction() {
        Activation relu = Activations.RELU;
        DenseLayer hidden = DenseLayer.of(1, new double[] {1.70, 12.6}, new double[] {-0.85, 0.0},
                new Activation[] {relu, relu});
        DenseLayer output = DenseLayer.of(2, new double[] {-40.8, 2.70}, new double[] {-16},
                new Activation[] {relu});
        return new Network("relu in action", List.of("dosage"), List.of("effectiveness"),
                List.of(hidden, output));
    }

    @Test
    void givesOnePointZeroOneAtHalfDosage() {
        assertEquals(1.0100000000000016, reluInAction().predict(0.5)[0], 0.0);
    }

    @Test
    void givesZeroAtLowAndHighDosages() {
        Network net = reluInAction();
        for (int i = 0; i <= 10; i++) {
            if (i == 5) {
                continue;
            }
            assertEquals(0.0, net.predict(i / 10.0)[0], 0.0, "dosage " + i / 10.0);
        }
    }

    @Test
    void traceShowsTheTopNodeInputAtDosagePointOne() {
        Network net = reluInAction();
        ForwardTrace trace = new ForwardTrace(net, 1);
        net.forward(new double[] {0.1}, 1, trace);
        assertEquals(-0.68, trace.preActivations(0)[0], 1e-15);
        assertEquals(0.0, trace.outputs(0)[0], 0.0);
    }

    @Test
    void topNodeSitsExactlyOnTheBendAtHalfDosage() {
        Network net = reluInAction();
        ForwardTrace trace = new ForwardTrace(net, 1);
        net.forward(new double[] {0.5}, 1, trace);
        assertEquals(0.0, trace.preActivations(0)[0], 0.0);
    }
}
