package dev.nnscript.dsl.print;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.nnscript.core.network.Network;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Scripts with comments everywhere a user may put them: a generated network's canonical text, maybe
 * a train, predict and report tail, with comment lines, trailing comments and runs of blank lines
 * sprinkled between and after its lines.
 *
 * @param network the network the text describes
 * @param text the script
 * @param comments every comment written into it, as the lexer sees it (trailing spaces removed)
 */
record CommentedScripts(Network network, String text, List<String> comments) {

    private static final String ALPHABET = " ab#\"=[],?.\t-x";

    static Gen<CommentedScripts> scripts() {
        return in -> {
            Network network = NetworkGenerators.networks().generate(in);
            List<String> lines = new ArrayList<>(ScriptPrinter.print(network).lines().toList());
            if (pick(in, 0, 1) == 1) {
                lines.add("report loss");
                lines.add("predict " + String.join(", ", network.inputNames().stream().map(n -> "0.5").toList()));
                lines.add("train lr=0.1 seed=3 steps=2");
            }
            return sprinkle(network, lines, in);
        };
    }

    private static CommentedScripts sprinkle(Network network, List<String> lines, RandomnessSource in) {
        StringBuilder text = new StringBuilder();
        List<String> comments = new ArrayList<>();
        for (String line : lines) {
            between(text, comments, in);
            text.append(line);
            if (pick(in, 0, 2) == 0) {
                String comment = comment(in);
                comments.add(comment);
                text.append(pick(in, 0, 1) == 0 ? " " : "\t  ").append(comment);
            }
            text.append('\n');
        }
        between(text, comments, in);
        return new CommentedScripts(network, text.toString(), comments);
    }

    /** Zero to three lines, each a comment (sometimes indented) or blank. */
    private static void between(StringBuilder text, List<String> comments, RandomnessSource in) {
        int count = pick(in, 0, 3);
        for (int i = 0; i < count; i++) {
            if (pick(in, 0, 2) == 0) {
                text.append(pick(in, 0, 1) == 0 ? "" : "  ").append('\n');
            } else {
                String comment = comment(in);
                comments.add(comment);
                text.append(pick(in, 0, 1) == 0 ? "" : "\t").append(comment).append('\n');
            }
        }
    }

    private static String comment(RandomnessSource in) {
        StringBuilder c = new StringBuilder("#");
        int length = pick(in, 0, 12);
        for (int i = 0; i < length; i++) {
            c.append(ALPHABET.charAt(pick(in, 0, ALPHABET.length() - 1)));
        }
        return c.toString().stripTrailing();
    }

    private static int pick(RandomnessSource in, int low, int high) {
        return integers().between(low, high).generate(in);
    }
}
