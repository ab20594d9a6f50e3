package dev.nnscript.benchmarks;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The networks the benchmarks run, named by their widths ({@code "64-32-10"}).
 *
 * <p>{@code "1-2-1"} is StatQuest's "ReLU in action" network with its published weights. Every
 * other shape is a classifier: ReLU hidden layers and a softmax output, weights and biases drawn
 * uniformly in +-1/sqrt(fan_in) (PyTorch's default for {@code nn.Linear}) from the seed.
 */
public final class BenchmarkNetworks {

    public static final String RELU_IN_ACTION = "1-2-1";

    private BenchmarkNetworks() {}

    public static Network byShape(String shape, long seed) {
        if (shape.equals(RELU_IN_ACTION)) {
            return reluInAction();
        }
        return classifier(widths(shape), seed);
    }

    /** {@code "784-256-256-10"} as {784, 256, 256, 10}. */
    public static int[] widths(String shape) {
        return Arrays.stream(shape.split("-")).mapToInt(Integer::parseInt).toArray();
    }

    /** h1 = relu(1.70 x - 0.85), h2 = relu(12.6 x), y = relu(-40.8 h1 + 2.70 h2 - 16). */
    public static Network reluInAction() {
        Activation relu = Activations.RELU;
        DenseLayer hidden = DenseLayer.of(1, new double[] {1.70, 12.6}, new double[] {-0.85, 0.0},
                new Activation[] {relu, relu});
        DenseLayer output = DenseLayer.of(2, new double[] {-40.8, 2.70}, new double[] {-16},
                new Activation[] {relu});
        return new Network("relu in action", List.of("dosage"), List.of("effectiveness"),
                List.of(hidden, output));
    }

    /** ReLU hidden layers, softmax output; widths[0] inputs, widths[last] classes. */
    public static Network classifier(int[] widths, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DenseLayer> layers = new ArrayList<>();
        for (int l = 1; l < widths.length; l++) {
            int in = widths[l - 1];
            int out = widths[l];
            double[] w = uniform(random, in * out, in);
            double[] b = uniform(random, out, in);
            Activation[] relu = new Activation[out];
            Arrays.fill(relu, Activations.RELU);
            layers.add(l == widths.length - 1 ? DenseLayer.softmax(in, w, b) : DenseLayer.of(in, w, b, relu));
        }
        return new Network(null, names("x", widths[0]), names("", widths[widths.length - 1]), layers);
    }

    /** n values uniform in +-1/sqrt(fanIn). */
    private static double[] uniform(SplittableRandom random, int n, int fanIn) {
        double bound = 1.0 / Math.sqrt(fanIn);
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = random.nextDouble(-bound, bound);
        }
        return values;
    }

    /** prefix0, prefix1, ...: class labels 0..n-1 when the prefix is empty. */
    private static List<String> names(String prefix, int n) {
        List<String> names = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            names.add(prefix + k);
        }
        return names;
    }
}
