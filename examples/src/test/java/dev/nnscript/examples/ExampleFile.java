package dev.nnscript.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An example script's own statement of how to run it and what it prints, read from its comment
 * lines (jlox style):
 *
 * <pre>
 * # run: nnrun relu-in-action.nn --input 0.5
 * # expect: effectiveness = 1.01
 * # expect-at-least: held-out accuracy = 0.93
 * </pre>
 *
 * Exactly one {@code run} line, whose words are the command line (no quoting), and at least one
 * expectation; expectations are about standard output, in order.
 */
record ExampleFile(Path path, String command, List<Expectation> expectations) {

    static final String RUN = "# run: ";
    static final String EXPECT = "# expect: ";
    static final String EXPECT_AT_LEAST = "# expect-at-least: ";

    static ExampleFile read(Path path) throws IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<String> commands = new ArrayList<>();
        List<Expectation> expectations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(RUN)) {
                commands.add(line.substring(RUN.length()).strip());
            } else if (line.startsWith(EXPECT)) {
                expectations.add(new Expectation.Line(line.substring(EXPECT.length()).strip(), i + 1));
            } else if (line.startsWith(EXPECT_AT_LEAST)) {
                expectations.add(Expectation.AtLeast.parse(line.substring(EXPECT_AT_LEAST.length()).strip(), i + 1));
            }
        }
        if (commands.size() != 1 || expectations.isEmpty()) {
            throw new IllegalArgumentException(path + ": an example needs exactly one '" + RUN.strip()
                    + "' line and at least one expectation; found " + commands.size() + " and " + expectations.size());
        }
        return new ExampleFile(path, commands.get(0), List.copyOf(expectations));
    }

    /** The command's arguments after the program name {@code nnrun}. */
    List<String> arguments() {
        List<String> words = Arrays.asList(command.split("\\s+"));
        if (!words.get(0).equals("nnrun")) {
            throw new IllegalArgumentException(path + ": the run line must start with nnrun: " + command);
        }
        return words.subList(1, words.size());
    }

    String name() {
        return path.getFileName().toString();
    }

    /** The file name: test reports name each example's case by it. */
    @Override
    public String toString() {
        return name();
    }
}
