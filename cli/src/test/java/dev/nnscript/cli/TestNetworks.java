package dev.nnscript.cli;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.List;

/** Small networks built in Java, for tests below the command layer. */
public final class TestNetworks {

    private TestNetworks() {}

    /** StatQuest, Neural Networks Part 3: dosage -> two ReLU nodes -> effectiveness (ReLU). */
    public static Network reluInAction() {
        Activation relu = Activations.RELU;
        DenseLayer hidden = DenseLayer.of(1, new double[] {1.70, 12.6}, new double[] {-0.85, 0.0},
                new Activation[] {relu, relu});
        DenseLayer output = DenseLayer.of(2, new double[] {-40.8, 2.70}, new double[] {-16},
                new Activation[] {relu});
        return new Network("ReLU in action", List.of("dosage"), List.of("effectiveness"), List.of(hidden, output));
    }

    /** Two inputs straight into a three-class softmax: class k wins where its logit is largest. */
    public static Network twoInputClassifier() {
        DenseLayer output = DenseLayer.softmax(2, new double[] {4, 0, 0, 4, -3, -3}, new double[] {0, 0, 2});
        return new Network(null, List.of("petal_width", "sepal_width"), List.of("setosa", "versicolor", "virginica"),
                List.of(output));
    }
}
