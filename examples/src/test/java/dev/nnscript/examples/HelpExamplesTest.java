package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.command.NnrunCommandLine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every example line of every {@code --help} screen runs, from the repository root of a scratch
 * copy, and exits 0. The lines are read from the help screens themselves (the indented lines under
 * "Example:" or "Examples:"), so a new example line is tested without listing it here. A screen's
 * lines run in order in one copy (a later line may use a file an earlier one wrote).
 */
class HelpExamplesTest {

    @TempDir
    static Path scratch;

    private static Checkout checkout;

    @BeforeAll
    static void copy() throws IOException {
        checkout = Checkout.copy(scratch);
    }

    record Screen(String command, List<String> examples) {
        @Override
        public String toString() {
            return "nnrun " + command + " --help";
        }
    }

    static List<Screen> screens() {
        CommandLine top = NnrunCommandLine.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<Screen> screens = new ArrayList<>();
        screens.add(new Screen("", examples(top.getUsageMessage(CommandLine.Help.Ansi.OFF))));
        top.getSubcommands().forEach((name, command) ->
                screens.add(new Screen(name, examples(command.getUsageMessage(CommandLine.Help.Ansi.OFF)))));
        return screens;
    }

    /** The indented lines after an "Example:" or "Examples:" heading, up to the first other line. */
    static List<String> examples(String help) {
        List<String> examples = new ArrayList<>();
        boolean inExamples = false;
        for (String line : help.lines().toList()) {
            if (line.equals("Examples:") || line.equals("Example:")) {
                inExamples = true;
            } else if (inExamples && line.startsWith("  ")) {
                examples.add(line.strip());
            } else {
                inExamples = false;
            }
        }
        return examples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void everyExampleRuns(Screen screen) {
        assertTrue(!screen.examples().isEmpty(), screen + " shows no example");
        for (String example : screen.examples()) {
            Checkout.Result result = checkout.run(checkout.root(), example.startsWith("nnrun serve ") ? served(example) : example);
            assertEquals(0, result.exitCode(), () -> screen + "\n" + result.describe(example));
        }
    }

    /**
     * {@code nnrun serve} runs until stopped: started in the background, it must print its address
     * and serve its page there; then SIGTERM stops it (exit code 143, the JVM's for SIGTERM).
     */
    static String served(String example) {
        return example + " > serve.out 2>&1 & pid=$!\n"
                + "for i in $(seq 600); do grep -q 'http://' serve.out && break; sleep 0.1; done\n"
                + "curl -sf \"$(grep -o 'http://[^ ]*' serve.out)\" | grep -q '<title>nnrun serve</title>'; page=$?\n"
                + "kill $pid; wait $pid; code=$?; cat serve.out; rm serve.out\n"
                + "[ $page = 0 ] && [ $code = 143 ]";
    }

    @Test
    void readsTheExampleLines() {
        assertEquals(List.of("nnrun a.nn", "nnrun b.nn > c"),
                examples("Usage: nnrun\n\nExamples:\n  nnrun a.nn\n  nnrun b.nn > c\n\nExit codes: 0\n  not this\n"));
    }
}
