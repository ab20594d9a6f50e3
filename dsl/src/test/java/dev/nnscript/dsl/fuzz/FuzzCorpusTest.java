package dev.nnscript.dsl.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every input that once broke (or was chosen to try to break) the pipeline, run as a regression test. */
class FuzzCorpusTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "fuzz-corpus");

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

    private static List<Path> inputs() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".nn")).sorted().toList();
        }
    }

    @Test
    void theCorpusIsThere() throws IOException {
        assertTrue(inputs().size() >= 10, "fuzz corpus missing from " + CORPUS.toAbsolutePath());
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusInputMeetsTheContract() throws IOException {
        return inputs().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> harness.check(Files.readAllBytes(file), file.getFileName().toString(), dir)));
    }
}
