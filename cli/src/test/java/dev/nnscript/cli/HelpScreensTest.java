package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.command.NnrunCommandLine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every {@code --help} screen reads well at 80 columns: no line is longer, no word is broken across
 * lines (every word also appears in the same screen unwrapped), every paragraph of a description
 * is whole (picocli wraps each description string as one paragraph, so a string must not end
 * mid-sentence), every example is one line, and the top screen's command list shows each command's
 * whole first sentence.
 */
class HelpScreensTest {

    private static final int WIDTH = 80;

    @ParameterizedTest(name = "nnrun {0} --help")
    @ValueSource(strings = {"", "train", "plot", "check", "fmt", "serve", "export", "import", "completion", "lsp"})
    void linesFitEightyColumns(String command) {
        CliRun run = command.isEmpty() ? CliRun.of("--help") : CliRun.of(command, "--help");
        assertEquals(0, run.exitCode(), run.err());
        for (String line : run.out().lines().toList()) {
            assertTrue(line.length() <= WIDTH, () -> "longer than " + WIDTH + " columns: '" + line + "'\n" + run.out());
        }
    }

    /**
     * picocli reads descriptions as format strings and complains on the process's own standard
     * error about a bare '%' ("5% of its span" did): every screen renders without a word there.
     */
    @ParameterizedTest(name = "nnrun {0} --help")
    @ValueSource(strings = {"", "train", "plot", "check", "fmt", "serve", "export", "import", "completion", "lsp"})
    void rendersWithoutPicocliWarnings(String command) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            help(command, WIDTH);
        } finally {
            System.setErr(original);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "nnrun {0} --help")
    @ValueSource(strings = {"", "train", "plot", "check", "fmt", "serve", "export", "import", "completion", "lsp"})
    void noWordIsBrokenAcrossLines(String command) {
        Set<String> unwrapped = new HashSet<>(words(help(command, 1000)));
        List<String> broken = words(help(command, WIDTH)).stream().filter(w -> !unwrapped.contains(w)).toList();
        assertEquals(List.of(), broken, () -> help(command, WIDTH));
    }

    @ParameterizedTest(name = "nnrun {0} --help")
    @ValueSource(strings = {"", "train", "plot", "check", "fmt", "serve", "export", "import", "completion", "lsp"})
    void everyParagraphIsWhole(String command) {
        CommandSpec spec = spec(command);
        List<String> paragraphs = new ArrayList<>(Arrays.asList(spec.usageMessage().description()));
        for (String line : spec.usageMessage().footer()) {
            if (!line.startsWith("  ")) {
                paragraphs.add(line);
            }
        }
        for (String paragraph : paragraphs) {
            assertTrue(paragraph.isEmpty() || paragraph.endsWith(".") || paragraph.endsWith(":"),
                    () -> "a description string that ends mid-sentence (one string per paragraph): '" + paragraph + "'");
        }
    }

    /** An example wrapped onto two lines would be pasted as two commands. */
    @ParameterizedTest(name = "nnrun {0} --help")
    @ValueSource(strings = {"", "train", "plot", "check", "fmt", "serve", "export", "import", "completion", "lsp"})
    void everyExampleLineIsShownWhole(String command) {
        List<String> lines = help(command, WIDTH).lines().toList();
        for (String example : spec(command).usageMessage().footer()) {
            if (example.startsWith("  ")) {
                assertTrue(lines.contains(example), () -> "not on one line: '" + example + "'\n" + help(command, WIDTH));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"train", "plot", "check", "fmt", "serve", "export", "import", "completion", "lsp"})
    void commandListShowsTheWholeFirstSentence(String command) {
        String summary = spec(command).usageMessage().description()[0];
        assertTrue(summary.endsWith("."), summary);
        assertTrue(String.join(" ", words(help("", WIDTH))).contains(String.join(" ", words(summary))),
                () -> "'" + summary + "' is not whole in\n" + help("", WIDTH));
    }

    private static CommandSpec spec(String command) {
        CommandLine top = commandLine();
        return (command.isEmpty() ? top : top.getSubcommands().get(command)).getCommandSpec();
    }

    private static String help(String command, int width) {
        CommandLine top = commandLine();
        top.setUsageHelpWidth(width);
        CommandLine screen = command.isEmpty() ? top : top.getSubcommands().get(command);
        return screen.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    private static CommandLine commandLine() {
        return NnrunCommandLine.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).toList();
    }
}
