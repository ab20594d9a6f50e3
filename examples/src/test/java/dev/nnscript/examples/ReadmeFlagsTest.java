package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.cli.command.NnrunCommandLine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * README.md's flag lists are complete: it names every option of every nnrun command, and every value
 * of an option whose help lists its values ({@code sgd, momentum, nesterov or adam.}). Read from
 * the command line itself, so a new option or value fails this test until the README has it.
 */
class ReadmeFlagsTest {

    /** An option description that is only a list of values: {@code a, b or c.} */
    private static final Pattern VALUE_LIST = Pattern.compile("([a-z-]+(?:, [a-z-]+)*) or ([a-z-]+)\\.");

    @Test
    void readmeNamesEveryOptionAndValue() throws IOException {
        String readme = Files.readString(Checkout.REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8);
        CommandLine top = NnrunCommandLine.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<CommandLine> commands = new ArrayList<>(List.of(top));
        commands.addAll(top.getSubcommands().values());
        List<String> missing = new ArrayList<>();
        for (CommandLine command : commands) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (!readme.contains(option.longestName())) {
                    missing.add(command.getCommandName() + " " + option.longestName());
                }
                for (String value : values(String.join(" ", option.description()))) {
                    if (!Pattern.compile("\\b" + Pattern.quote(value) + "\\b").matcher(readme).find()) {
                        missing.add(command.getCommandName() + " " + option.longestName() + " " + value);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "options or values the README does not name");
    }

    @Test
    void readsValueLists() {
        assertEquals(List.of("sgd", "momentum", "nesterov", "adam"), values("sgd, momentum, nesterov or adam."));
        assertEquals(List.of(), values("Rows per step, or full for all rows."));
    }

    private static List<String> values(String description) {
        Matcher m = VALUE_LIST.matcher(description);
        if (!m.matches()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(List.of(m.group(1).split(", ")));
        values.add(m.group(2));
        return values;
    }
}
