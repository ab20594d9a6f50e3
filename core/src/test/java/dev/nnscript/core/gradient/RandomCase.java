package dev.nnscript.core.gradient;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated network, batch and fitting loss, all from one seed: 1 to 3 layers of 1 to 4 nodes
 * with a random activation per node, weights and inputs in [-2, 2], 1 to 5 rows.
 */
record RandomCase(long seed, Network network, double[] x, double[] y, int rows, Loss loss) {

    private static final List<Activation> HIDDEN = List.of(Activations.IDENTITY, Activations.RELU,
            Activations.LEAKY_RELU, Activations.SOFTPLUS, Activations.SIGMOID, Activations.TANH,
            Activations.ELU, Activations.GELU, Activations.SILU);

    static RandomCase from(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int inputs = 1 + random.nextInt(4);
        int depth = 1 + random.nextInt(3);
        List<DenseLayer> layers = new ArrayList<>();
        int width = inputs;
        for (int l = 0; l < depth - 1; l++) {
            int nodes = 1 + random.nextInt(4);
            layers.add(DenseLayer.of(width, uniform(random, width * nodes), uniform(random, nodes),
                    activations(random, nodes)));
            width = nodes;
        }
        int outputs = 1 + random.nextInt(3);
        int kind = random.nextInt(4);
        Loss loss = switch (kind) {
            case 0 -> Losses.SSR;
            case 1 -> Losses.MSE;
            case 2 -> Losses.BINARY_CROSS_ENTROPY;
            default -> Losses.CROSS_ENTROPY;
        };
        double[] w = uniform(random, width * outputs);
        double[] b = uniform(random, outputs);
        layers.add(kind == 3 ? DenseLayer.softmax(width, w, b)
                : DenseLayer.of(width, w, b, kind == 2 ? same(Activations.SIGMOID, outputs) : activations(random, outputs)));
        List<String> in = names("x", inputs);
        Network net = new Network(null, in, names("y", outputs), layers);
        int rows = 1 + random.nextInt(5);
        double[] x = uniform(random, rows * inputs);
        double[] y = kind >= 2 ? probabilities(random, rows, outputs, kind == 3) : uniform(random, rows * outputs);
        return new RandomCase(seed, net, x, y, rows, loss);
    }

    private static double[] uniform(SplittableRandom random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble(-2.0, 2.0);
        }
        return v;
    }

    private static double[] probabilities(SplittableRandom random, int rows, int width, boolean oneHot) {
        double[] v = new double[rows * width];
        for (int r = 0; r < rows; r++) {
            if (oneHot) {
                v[r * width + random.nextInt(width)] = 1.0;
            } else {
                for (int i = 0; i < width; i++) {
                    v[r * width + i] = random.nextDouble();
                }
            }
        }
        return v;
    }

    private static Activation[] activations(SplittableRandom random, int n) {
        Activation[] acts = new Activation[n];
        for (int i = 0; i < n; i++) {
            acts[i] = HIDDEN.get(random.nextInt(HIDDEN.size()));
        }
        return acts;
    }

    private static Activation[] same(Activation a, int n) {
        Activation[] acts = new Activation[n];
        java.util.Arrays.fill(acts, a);
        return acts;
    }

    private static List<String> names(String prefix, int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(prefix + i);
        }
        return names;
    }

    /**
     * True when every pre-activation is at least {@code margin} from 0, where ReLU and leaky ReLU
     * bend and ELU's second derivative jumps, and no binary cross-entropy output is within
     * {@code margin} of 0 or 1, where the loss's clamps flatten it: so central differences are smooth.
     */
    boolean awayFromBends(double margin) {
        Backpropagation forward = new Backpropagation(network, rows);
        forward.loss(x, y, rows, loss);
        if (loss == Losses.BINARY_CROSS_ENTROPY) {
            for (int k = 0; k < rows * network.outputCount(); k++) {
                double a = forward.trace().output()[k];
                if (a < margin || a > 1 - margin) {
                    return false;
                }
            }
        }
        for (int l = 0; l < network.layers().size(); l++) {
            double[] z = forward.trace().preActivations(l);
            for (int k = 0; k < rows * network.layer(l).outputs(); k++) {
                if (Math.abs(z[k]) < margin) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "RandomCase[seed " + seed + ", " + network + ", " + rows + " rows, " + loss.name() + "]";
    }
}
