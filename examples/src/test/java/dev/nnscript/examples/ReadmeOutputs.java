package dev.nnscript.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output blocks of examples/README.md: fenced blocks whose first line is {@code $ nnrun ...},
 * read as the command (without {@code $ }) to the lines that follow it.
 */
final class ReadmeOutputs {

    private static final String FENCE = "```";
    private static final String PROMPT = "$ ";

    private ReadmeOutputs() {}

    /** Command to output lines, in README order; a command shown twice keeps its last block. */
    static Map<String, List<String>> read(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals(FENCE)) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).equals(FENCE)) {
                end++;
            }
            if (end > i + 1 && lines.get(i + 1).startsWith(PROMPT + "nnrun ")) {
                blocks.put(lines.get(i + 1).substring(PROMPT.length()), List.copyOf(lines.subList(i + 2, end)));
            }
            i = end;
        }
        return blocks;
    }
}
