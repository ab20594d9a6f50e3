package dev.nnscript.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples table of examples/README.md: rows {@code | [name.nn](name.nn) | `nnrun ...` | ... |},
 * read as script name to the command shown.
 */
final class ReadmeTable {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*\\[([^\\]]+\\.nn)]\\(([^)]+)\\)\\s*\\|\\s*`([^`]+)`");

    private ReadmeTable() {}

    /** Script name to command, in table order; a script listed twice keeps its last command. */
    static Map<String, String> commands(Path readme) throws IOException {
        Map<String, String> commands = new LinkedHashMap<>();
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                if (!m.group(1).equals(m.group(2))) {
                    throw new IllegalStateException("README row links " + m.group(2) + " but names " + m.group(1));
                }
                commands.put(m.group(1), m.group(3));
            }
        }
        return commands;
    }
}
