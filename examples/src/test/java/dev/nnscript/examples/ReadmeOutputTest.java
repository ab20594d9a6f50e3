package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What examples/README.md shows each example printing is what it prints: every line of the block
 * under {@code $ COMMAND} reads as the run's line, numbers rounded as the README writes them.
 */
class ReadmeOutputTest {

    static List<ExampleFile> examples() {
        return Examples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readmeShowsWhatTheRunPrints(ExampleFile example) throws IOException {
        List<String> shown = ReadmeOutputs.read(Examples.README).get(example.command());
        assertNotNull(shown, "examples/README.md has no block starting '$ " + example.command() + "'");
        NnrunResult result = Nnrun.run(example.arguments());
        assertEquals(0, result.exitCode(), result::describe);
        List<String> differences = differences(shown, result.outLines());
        assertTrue(differences.isEmpty(), () -> example.command() + ": the README differs from the run\n"
                + String.join("\n", differences) + "\n" + result.describe());
    }

    @Test
    void readsBlocksThatStartWithACommand(@TempDir Path folder) throws IOException {
        Path readme = Files.writeString(folder.resolve("README.md"), """
                ```
                cd examples
                ```
                ```
                $ nnrun a.nn --input 1
                y = 1

                y = 2
                ```
                """);
        assertEquals(Map.of("nnrun a.nn --input 1", List.of("y = 1", "", "y = 2")), ReadmeOutputs.read(readme));
    }

    @Test
    void aChangedNumberIsADifference() {
        assertEquals(List.of("line 2: README 'y = 1.01', printed 'y = 1.0200000000000001'"),
                differences(List.of("x = 0.5", "y = 1.01"), List.of("x = 0.5", "y = 1.0200000000000001")));
        assertEquals(List.of("README shows 1 line, the run printed 2"), differences(List.of("x"), List.of("x", "y")));
    }

    private static List<String> differences(List<String> shown, List<String> printed) {
        return Differences.of(shown, printed);
    }
}
