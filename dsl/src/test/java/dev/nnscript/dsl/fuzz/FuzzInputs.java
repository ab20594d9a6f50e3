package dev.nnscript.dsl.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hostile {@code .nn} inputs, each made from one seed (so a failing seed replays exactly): random
 * bytes, random token sequences, valid scripts with mutations, and structural extremes.
 */
final class FuzzInputs {

    /** Valid scripts to mutate: every statement kind, node lines and whole layers, data and requests. */
    static final List<String> VALID = List.of("""
            # relu-in-action.nn
            network "ReLU in action"
            input dosage
            hidden relu w=1.70 b=-0.85
            hidden relu w=12.6 b=0.00
            output effectiveness relu w=[-40.8, 2.70] b=-16
            predict 0.5
            report parameters
            """, """
            input petal_length, petal_width
            hidden 8 tanh init=normal(0, 0.1)
            hidden leaky_relu(0.1) w=[1, ?] b=0
            layer
            hidden elu(0.5) w=? b=? freeze w[1], b
            output setosa, versicolor, virginica softmax
            data petal_length, petal_width, species label=species holdout=0.2 scale=minmax
              1.4, 0.2, setosa
              4.5, 1.3, versicolor
              6.0, 2.5, virginica
            end
            train optimizer=adam lr=0.01 epochs=2 batch=2 seed=7 loss=cross-entropy
            report accuracy, loss
            """, """
            input a, b
            hidden sigmoid w=[3, 4] b=0
            hidden softplus w=[-1.5e1, .5] b=+3
            output y identity w=[1, 1] b=0 freeze
            data "d.csv" holdout=0.5
            train loss=ssr optimizer=momentum momentum=0.8 steps=3 min_step=0.001 target_loss=0 relu_at_zero=1 shuffle=false
            predict 1, 2
            """);

    /** Tokens of the language and near misses, for token sequences and replacements. */
    private static final String[] TOKENS = {
        "network", "input", "hidden", "layer", "output", "data", "end", "train", "predict", "report", "freeze",
        "relu", "softmax", "leaky_relu", "elu", "tanh", "identity", "he", "xavier", "uniform", "normal", "zeros",
        "w", "b", "init", "lr", "loss", "seed", "batch", "full", "label", "holdout", "scale", "minmax", "cross-entropy",
        "=", ",", "[", "]", "(", ")", "?", "#", "\"", "\"name\"", "\"a\\\"b\"", "\"\\q\"", "\n", "\r\n", "\r", "\t",
        "0", "1", "-1", "2.5", ".5", "1.", "1e3", "NaN", "inf", "-Infinity", "x", "_y", "é", "\u00A0", "\uFEFF",
        "\u202E", "%", "\\", "'", "w=", "b=", "w=[", "1,", "w[2]",
    };

    /** Numbers at the edges of double: overflow, negative zero, subnormals, long digit strings. */
    static final String[] EXTREMES = {
        "1e308", "-1e308", "1.7976931348623157e308", "1e309", "-0", "-0.0", "1e-320", "4.9e-324", "1e-400",
        "99999999999999999999", "0.000000000000000000000000000001", "123456789012345678901234567890.5",
        "+0", "1e+308", "1E-5", "00000000000000000000001", "9".repeat(400), "1e" + "9".repeat(30), "-.0e-0",
    };

    private FuzzInputs() {}

    static byte[] randomBytes(SplittableRandom random) {
        byte[] out = new byte[random.nextInt(0, 600)];
        random.nextBytes(out);
        return out;
    }

    static byte[] tokenSequence(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        int count = random.nextInt(1, 80);
        for (int i = 0; i < count; i++) {
            out.append(pick(random, random.nextInt(8) == 0 ? EXTREMES : TOKENS));
            out.append(random.nextInt(3) == 0 ? "" : " ");
        }
        return utf8(out.toString());
    }

    /** A valid script with 1 to 4 token or line mutations. */
    static byte[] mutatedScript(SplittableRandom random) {
        List<String> lines = new ArrayList<>(List.of(VALID.get(random.nextInt(VALID.size())).split("\n", -1)));
        int mutations = random.nextInt(1, 5);
        for (int m = 0; m < mutations; m++) {
            int line = random.nextInt(lines.size());
            switch (random.nextInt(9)) {
                case 0 -> lines.remove(line);
                case 1 -> lines.add(line, lines.get(line));
                case 2 -> Collections.swap(lines, line, random.nextInt(lines.size()));
                default -> lines.set(line, mutateTokens(lines.get(line), random));
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return utf8(String.join(random.nextBoolean() ? "\n" : "\r\n", lines));
    }

    /** Structural extremes: long lines, deep nesting, NUL bytes and invalid UTF-8 at random places. */
    static byte[] structural(SplittableRandom random) {
        byte[] base = mutatedScript(random);
        return switch (random.nextInt(6)) {
            case 0 -> utf8("input a\noutput y relu w=" + "[".repeat(random.nextInt(1, 20_000)) + "1 b=0\n");
            case 1 -> utf8("input a\noutput y relu w=[" + "1, ".repeat(random.nextInt(1, 30_000)) + "1] b=0\n");
            case 2 -> utf8("input " + "a,".repeat(random.nextInt(1, 20_000)) + "z\n" + "#".repeat(random.nextInt(50_000)));
            case 3 -> insert(base, random, new byte[] {0});
            case 4 -> insert(base, random, new byte[] {(byte) (0x80 + random.nextInt(0x80))});
            default -> insert(base, random, new byte[] {(byte) 0xE2, (byte) 0x82});
        };
    }

    private static String mutateTokens(String line, SplittableRandom random) {
        List<String> tokens = new ArrayList<>(List.of(line.split("(?<=[ ,=\\[\\]()])|(?=[ ,=\\[\\]()])")));
        int at = random.nextInt(tokens.size());
        switch (random.nextInt(6)) {
            case 0 -> tokens.remove(at);
            case 1 -> tokens.add(at, tokens.get(at));
            case 2 -> Collections.swap(tokens, at, random.nextInt(tokens.size()));
            case 3 -> tokens.set(at, pick(random, TOKENS));
            default -> replaceANumber(tokens, random);
        }
        return String.join("", tokens);
    }

    private static void replaceANumber(List<String> tokens, SplittableRandom random) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).matches("[+-]?[0-9.].*")) {
                numbers.add(i);
            }
        }
        int at = numbers.isEmpty() ? random.nextInt(tokens.size()) : numbers.get(random.nextInt(numbers.size()));
        tokens.set(at, pick(random, EXTREMES));
    }

    private static byte[] insert(byte[] base, SplittableRandom random, byte[] bad) {
        int at = random.nextInt(base.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(base, 0, at);
        out.write(bad, 0, bad.length);
        out.write(base, at, base.length - at);
        return out.toByteArray();
    }

    private static String pick(SplittableRandom random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
