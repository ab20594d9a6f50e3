package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example with the command its {@code # run:} line gives (the command examples/README.md
 * shows, see {@link ReadmeCommandsTest}) and checks its exit code, each of its expectations, and
 * that nnrun warned about nothing.
 */
class ExamplesTest {

    static List<ExampleFile> examples() {
        return Examples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void printsWhatItSays(ExampleFile example) {
        NnrunResult result = Nnrun.run(example.arguments());
        assertEquals(0, result.exitCode(), () -> example.command() + "\n" + result.describe());
        List<String> failures = OutputCheck.failures(example, result.outLines());
        assertTrue(failures.isEmpty(), () -> example.command() + "\n" + String.join("\n", failures) + "\n"
                + result.describe());
        // A warning means nnrun set part of the script aside; an example must run as written.
        assertEquals(List.of(), result.warnings(), () -> example.command() + "\n" + result.describe());
    }
}
