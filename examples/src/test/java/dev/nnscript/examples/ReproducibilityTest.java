package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A training example run twice prints the same results: every random choice flows from its seed.
 * Standard output only; standard error is progress, which may show times.
 */
class ReproducibilityTest {

    static List<ExampleFile> trainingExamples() {
        return Examples.training();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trainingExamples")
    void sameSeedSameOutput(ExampleFile example) {
        NnrunResult first = Nnrun.run(example.arguments());
        NnrunResult second = Nnrun.run(example.arguments());
        assertEquals(0, first.exitCode(), first::describe);
        assertEquals(first.out(), second.out(), example.command());
    }
}
