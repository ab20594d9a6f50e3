package dev.nnscript.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Large .nn files for tests that need a long parse, print or write. */
final class BigScripts {

    private BigScripts() {}

    /**
     * {@code inputs} inputs, one hidden layer of {@code nodes} ReLU node lines with seeded weights, one
     * identity output; written with extra spaces and a comment, so the canonical form differs.
     */
    static Path write(Path file, int inputs, int nodes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# a big network, not in canonical form\ninput ");
            for (int i = 0; i < inputs; i++) {
                out.write((i == 0 ? "x" : ",  x") + i);
            }
            out.write('\n');
            for (int n = 0; n < nodes; n++) {
                out.write("hidden   relu w=[");
                for (int i = 0; i < inputs; i++) {
                    out.write((i == 0 ? "" : ", ") + (random.nextDouble() * 2 - 1));
                }
                out.write("]   b=" + (random.nextDouble() - 0.5) + "\n");
            }
            out.write("output y identity w=?  b=0\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
