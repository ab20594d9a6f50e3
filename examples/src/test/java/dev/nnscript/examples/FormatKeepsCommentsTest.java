package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code nnrun fmt} of every example keeps every comment's text (the examples' headers hold their
 * run and expect lines), and {@code fmt --write} of its own output changes nothing.
 */
class FormatKeepsCommentsTest {

    @TempDir
    Path folder;

    static List<ExampleFile> examples() {
        return Examples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void formattingKeepsEveryCommentAndIsIdempotent(ExampleFile example) throws IOException {
        String source = Files.readString(example.path());
        NnrunResult fmt = Nnrun.run(List.of("fmt", example.path().toString()));
        assertEquals(0, fmt.exitCode(), fmt::describe);
        assertFalse(comments(source).isEmpty(), "every example has comments to keep");
        assertEquals(comments(source), comments(fmt.out()), fmt.out());

        Path copy = folder.resolve(example.path().getFileName());
        Files.writeString(copy, fmt.out());
        NnrunResult write = Nnrun.run(List.of("fmt", copy.toString(), "--write"));
        assertEquals(0, write.exitCode(), write::describe);
        assertEquals(fmt.out(), Files.readString(copy), "fmt --write of formatted text changes nothing");
    }

    /** Every comment's text, trailing spaces removed, sorted: a multiset to compare. */
    private static List<String> comments(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            int hash = commentStart(line);
            if (hash >= 0) {
                out.add(line.substring(hash).stripTrailing());
            }
        }
        out.sort(null);
        return out;
    }

    /** Where the first {@code #} outside a quoted string is, or -1. */
    private static int commentStart(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return i;
            }
        }
        return -1;
    }
}
