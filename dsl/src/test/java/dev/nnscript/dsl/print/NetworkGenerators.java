package dev.nnscript.dsl.print;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Generated networks for round-trip properties: any shape, activations, parameters and freezing. */
final class NetworkGenerators {

    private static final Gen<Double> VALUES = ScriptNumberFormatProperties.finiteDoubles();
    private static final Gen<Integer> WIDTHS = integers().between(1, 6);
    private static final Gen<Boolean> COINS = booleans().all();

    private NetworkGenerators() {}

    static Gen<Network> networks() {
        return NetworkGenerators::network;
    }

    private static Network network(RandomnessSource in) {
        int inputs = WIDTHS.generate(in);
        int hidden = integers().between(0, 3).generate(in);
        List<DenseLayer> layers = new ArrayList<>();
        int width = inputs;
        for (int l = 0; l <= hidden; l++) {
            boolean output = l == hidden;
            int outputs = WIDTHS.generate(in);
            layers.add(layer(in, width, outputs, output && COINS.generate(in)));
            width = outputs;
        }
        String name = COINS.generate(in) ? null : "net \"" + WIDTHS.generate(in) + "\" \\ x";
        String outputPrefix = COINS.generate(in) ? "out" : "";
        return new Network(name, names(in, "in", inputs), names(in, outputPrefix, width), layers);
    }

    private static DenseLayer layer(RandomnessSource in, int inputs, int outputs, boolean softmax) {
        double[] w = values(in, inputs * outputs);
        double[] b = values(in, outputs);
        DenseLayer layer;
        if (softmax) {
            layer = DenseLayer.softmax(inputs, w, b);
        } else {
            Activation[] acts = new Activation[outputs];
            Activation shared = COINS.generate(in) ? activation(in) : null;
            for (int o = 0; o < outputs; o++) {
                acts[o] = shared != null ? shared : activation(in);
            }
            layer = DenseLayer.of(inputs, w, b, acts);
        }
        return layer.withFrozen(flags(in, inputs * outputs), flags(in, outputs));
    }

    private static Activation activation(RandomnessSource in) {
        int pick = integers().between(0, 10).generate(in);
        return switch (pick) {
            case 9 -> new Activations.LeakyRelu(VALUES.generate(in));
            case 10 -> new Activations.Elu(Math.abs(VALUES.generate(in)) + Double.MIN_VALUE);
            default -> Activations.byName(Activations.NAMES.get(pick)).orElseThrow();
        };
    }

    private static double[] values(RandomnessSource in, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = VALUES.generate(in);
        }
        return v;
    }

    private static boolean[] flags(RandomnessSource in, int n) {
        boolean[] f = new boolean[n];
        boolean none = COINS.generate(in);
        for (int i = 0; i < n; i++) {
            f[i] = !none && COINS.generate(in);
        }
        return f;
    }

    /**
     * Numbered names (whole numbers when the prefix is empty) that mostly count up by one, so the
     * printer writes runs of them as ranges; sometimes they skip, cross a power of ten (8, 9, 10) or
     * carry a leading zero, which must stay plain names.
     */
    private static List<String> names(RandomnessSource in, String prefix, int n) {
        List<String> names = new ArrayList<>();
        long next = integers().between(0, 12).generate(in);
        for (int i = 0; i < n; i++) {
            int pick = integers().between(0, 9).generate(in);
            String number = pick == 0 && !prefix.isEmpty() ? "0" + next : Long.toString(next);
            names.add(prefix + number);
            next += pick == 1 ? 2 : 1;
        }
        return names;
    }
}
