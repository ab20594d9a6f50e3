package dev.nnscript.dsl.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.script.Script;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of hostile inputs through the whole load pipeline (see {@link FuzzHarness} for the
 * contract). Each input is made from one seed; QuickTheories prints the failing seed, and the
 * harness saves the input under {@code target/fuzz-failures/} for the regression corpus.
 */
class PipelineFuzzProperties {

    private static FuzzHarness harness;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        harness = new FuzzHarness();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static void fuzz(String kind, int examples, Function<SplittableRandom, byte[]> inputs) {
        qt().withExamples(examples).forAll(longs().all()).checkAssert(seed ->
                harness.check(inputs.apply(new SplittableRandom(seed)), kind + "-" + seed, dir));
    }

    @Test
    void randomBytes() {
        fuzz("random-bytes", 1500, FuzzInputs::randomBytes);
    }

    @Test
    void randomTokenSequences() {
        fuzz("tokens", 2000, FuzzInputs::tokenSequence);
    }

    @Test
    void validScriptsWithMutations() {
        fuzz("mutated", 2500, FuzzInputs::mutatedScript);
    }

    @Test
    void longLinesDeepNestingNulBytesAndInvalidUtf8() {
        fuzz("structural", 300, FuzzInputs::structural);
    }

    @Test
    void hostileCsvDataFiles() {
        LoadResult loaded = NnScripts.parse("input a, b\noutput setosa, versicolor softmax\ndata \"d.csv\"\n",
                dir.resolve("model.nn").toString());
        assertTrue(loaded.succeeded(), loaded::formattedDiagnostics);
        Script script = loaded.script();
        Script inDir = script.withData(
                new dev.nnscript.dsl.script.DataSource.CsvFile("d.csv", dir.resolve("d.csv"), script.data().options()));
        qt().withExamples(1000).forAll(longs().all()).checkAssert(seed ->
                harness.checkData(inDir, "csv-" + seed, CsvInputs.csv(new SplittableRandom(seed)), dir.resolve("d.csv")));
    }
}
