package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md's Groovy scripts run as shown, with Groovy 5 and the dsl jar on the class path, from the
 * root of a scratch copy of the shipped files. Blocks that need what a test cannot have are left
 * out: a Gradle build script (no Gradle here) and the {@code @Grab} lines (they need the jars
 * installed in the local Maven repository). A {@code println} whose comment contains {@code ...}
 * shows what it prints: the parts between the dots must appear, in order, on one printed line.
 */
class ReadmeGroovyTest {

    private static final String FENCE = "```";

    @TempDir
    static Path scratch;

    private static Checkout checkout;

    @BeforeAll
    static void copy() throws IOException {
        checkout = Checkout.copy(scratch);
    }

    static List<String> scripts() throws IOException {
        List<String> lines = Files.readAllLines(Checkout.REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> scripts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(FENCE + "groovy")) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).equals(FENCE)) {
                    end++;
                }
                String script = String.join("\n", lines.subList(i + 1, end)) + "\n";
                if (!script.contains("buildscript {") && !script.contains("@Grab")) {
                    scripts.add(script);
                }
                i = end;
            }
        }
        return scripts;
    }

    @Test
    void scriptsRunAndPrintWhatTheyShow() throws IOException {
        List<String> scripts = scripts();
        assertFalse(scripts.isEmpty(), "README.md shows no Groovy script");
        for (String script : scripts) {
            Path file = Files.writeString(checkout.root().resolve("readme-snippet.groovy"), script);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String command = "'" + java + "' -cp \"$CLASSPATH\" groovy.ui.GroovyMain " + file.getFileName();
            Checkout.Result result = checkout.run(checkout.root(), command);
            assertEquals(0, result.exitCode(), () -> script + "\n" + result.describe(command));
            for (List<String> parts : shownOutputs(script)) {
                assertTrue(result.out().lines().anyMatch(line -> containsInOrder(line, parts)),
                        () -> "no printed line reads as " + String.join("...", parts) + "\n" + result.describe(command));
            }
        }
    }

    @Test
    void readsShownOutputFromComments() {
        assertEquals(List.of(List.of("trained ", " steps")), shownOutputs("println result   // trained ... steps\nprintln x // a note\n"));
        assertTrue(containsInOrder("trained 5 steps", List.of("trained ", " steps")));
        assertFalse(containsInOrder("trained 5 epochs", List.of("trained ", " steps")));
    }

    private static List<List<String>> shownOutputs(String script) {
        List<List<String>> shown = new ArrayList<>();
        for (String line : script.lines().toList()) {
            int comment = line.indexOf("//");
            if (line.strip().startsWith("println ") && comment > 0 && line.indexOf("...", comment) > 0) {
                shown.add(List.of(line.substring(comment + 2).strip().split("\\.\\.\\.")));
            }
        }
        return shown;
    }

    private static boolean containsInOrder(String line, List<String> parts) {
        int from = 0;
        for (String part : parts) {
            int at = line.indexOf(part, from);
            if (at < 0) {
                return false;
            }
            from = at + part.length();
        }
        return true;
    }
}
