package dev.nnscript.onnx;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Networks for the export round-trip properties: 1 to 4 layers of 1 to 6 nodes, each layer with
 * one shared activation or one per node (so runs of equal neighbours and singletons both occur),
 * sometimes a softmax output; parameters normally distributed from a generated seed.
 */
final class GeneratedNetworks {

    /** What a float64 export runs in onnxruntime: all but GELU. */
    static final List<Activation> DOUBLE_RUNNABLE = List.of(Activations.IDENTITY, Activations.RELU, Activations.SIGMOID,
            Activations.TANH, Activations.SOFTPLUS, Activations.SILU, new Activations.LeakyRelu(0.1),
            Activations.LEAKY_RELU, new Activations.Elu(0.5), Activations.ELU, new Activations.LeakyRelu(-1.7));
    /** Every activation, parameters included. */
    static final List<Activation> ALL = List.of(Activations.IDENTITY, Activations.RELU, Activations.SIGMOID,
            Activations.TANH, Activations.SOFTPLUS, Activations.GELU, Activations.SILU, new Activations.LeakyRelu(0.1),
            Activations.LEAKY_RELU, new Activations.Elu(0.5), Activations.ELU);

    private static final Gen<Integer> WIDTHS = integers().between(1, 6);
    private static final Gen<Boolean> COINS = booleans().all();

    private GeneratedNetworks() {}

    static Gen<Network> networks(List<Activation> activations) {
        return in -> network(in, activations);
    }

    private static Network network(RandomnessSource in, List<Activation> activations) {
        Random values = new Random(longs().all().generate(in));
        int inputs = WIDTHS.generate(in);
        int count = integers().between(1, 4).generate(in);
        List<DenseLayer> layers = new ArrayList<>();
        int width = inputs;
        for (int l = 0; l < count; l++) {
            int outputs = WIDTHS.generate(in);
            double[] w = gaussians(values, width * outputs);
            double[] b = gaussians(values, outputs);
            if (l == count - 1 && COINS.generate(in)) {
                layers.add(DenseLayer.softmax(width, w, b));
            } else {
                layers.add(DenseLayer.of(width, w, b, activations(in, activations, outputs)));
            }
            width = outputs;
        }
        List<String> inputNames = new ArrayList<>();
        for (int k = 0; k < inputs; k++) {
            inputNames.add("in" + k);
        }
        List<String> outputNames = new ArrayList<>();
        for (int k = 0; k < width; k++) {
            outputNames.add(Integer.toString(k));
        }
        return new Network(COINS.generate(in) ? null : "generated \"net\"", inputNames, outputNames, layers);
    }

    private static Activation[] activations(RandomnessSource in, List<Activation> choices, int n) {
        Gen<Integer> pick = integers().between(0, choices.size() - 1);
        Activation[] acts = new Activation[n];
        Activation shared = COINS.generate(in) ? choices.get(pick.generate(in)) : null;
        for (int o = 0; o < n; o++) {
            // Per node: repeat the neighbour half the time, so runs longer than one occur.
            acts[o] = shared != null ? shared : o > 0 && COINS.generate(in) ? acts[o - 1] : choices.get(pick.generate(in));
        }
        return acts;
    }

    private static double[] gaussians(Random random, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = random.nextGaussian();
        }
        return v;
    }
}
