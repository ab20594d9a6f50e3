package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * examples/README.md cannot rot: its table lists every example, and the command it shows for each is
 * the example's {@code # run:} line, which {@link ExamplesTest} runs.
 */
class ReadmeCommandsTest {

    static List<ExampleFile> examples() {
        return Examples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readmeShowsTheRunLine(ExampleFile example) throws IOException {
        assertEquals(example.command(), ReadmeTable.commands(Examples.README).get(example.name()),
                "the README's command for " + example.name());
    }

    @Test
    void readmeListsExactlyTheExamples() throws IOException {
        List<String> scripts = Examples.all().stream().map(ExampleFile::name).sorted().toList();
        List<String> listed = ReadmeTable.commands(Examples.README).keySet().stream().sorted().toList();
        assertEquals(scripts, listed);
    }
}
