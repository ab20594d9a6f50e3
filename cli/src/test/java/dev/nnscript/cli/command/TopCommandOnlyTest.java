package dev.nnscript.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.CliRun;
import dev.nnscript.cli.Scripts;
import dev.nnscript.cli.words.CommandWords;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * main's lean command lines (no subcommands, or only the ones the arguments name) are chosen only
 * where they answer as the whole one does.
 */
class TopCommandOnlyTest {

    @TempDir
    Path folder;

    @Test
    void theSubcommandNamesAreTheRegisteredOnes() {
        Set<String> registered = NnrunCommandLine.create(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())).getSubcommands().keySet();
        assertEquals(registered, Set.copyOf(CommandWords.SUBCOMMANDS));
    }

    @Test
    void onlyAnExistingScriptWithoutSubcommandOrHelpGoesLean() {
        String relu = Scripts.copy("relu-in-action.nn", folder).toString();
        assertTrue(NnrunCommandLine.needsOnlyTheTopCommand(new String[] {relu, "--input", "0.5"}));
        assertTrue(NnrunCommandLine.needsOnlyTheTopCommand(new String[] {relu, "--inputs", "x.csv"}));
        for (String[] args : List.of(new String[] {}, new String[] {"train", relu}, new String[] {relu, "--help"},
                new String[] {relu, "-h"}, new String[] {relu, "--version"}, new String[] {relu, "check"},
                new String[] {folder.resolve("none.nn").toString(), "--input", "1"}, new String[] {"\0", "x"})) {
            assertFalse(NnrunCommandLine.needsOnlyTheTopCommand(args), String.join(" ", args));
        }
    }

    @Test
    void leanAndWholeCommandLinesAnswerAlike() {
        String relu = Scripts.copy("relu-in-action.nn", folder).toString();
        for (String[] args : List.of(new String[] {relu, "--input", "0.5"}, new String[] {relu, "--input", "0.5", "--format", "json"},
                new String[] {relu, "--bogus"}, new String[] {relu, "--input", "x"}, new String[] {relu, "--trace"})) {
            assertEquals(run(false, args), run(true, args), String.join(" ", args));
        }
    }

    @Test
    void onlyTheNamedSubcommandsAreBuiltWhenNoHelpVersionCompletionOrLspIsAsked() {
        String relu = Scripts.copy("relu-in-action.nn", folder).toString();
        assertEquals(List.of("train"), NnrunCommandLine.namedSubcommands(new String[] {"train", relu}));
        assertEquals(List.of("check"), NnrunCommandLine.namedSubcommands(new String[] {relu, "check"}));
        assertEquals(List.of("check", "train"), NnrunCommandLine.namedSubcommands(
                new String[] {"check", relu, "train", "check"}));
        for (String[] args : List.of(new String[] {}, new String[] {relu, "--input", "1"}, new String[] {"trian", relu},
                new String[] {"train", "--help"}, new String[] {"train", "-h"}, new String[] {"check", "-V"},
                new String[] {"help", "train"}, new String[] {"completion"}, new String[] {"lsp"},
                new String[] {"train", "--version"})) {
            assertEquals(null, NnrunCommandLine.namedSubcommands(args), String.join(" ", args));
        }
    }

    @Test
    void onlyAVersionOptionAloneAsksOnlyForTheVersion() {
        assertTrue(NnrunCommandLine.asksOnlyForTheVersion(new String[] {"--version"}));
        assertTrue(NnrunCommandLine.asksOnlyForTheVersion(new String[] {"-V"}));
        for (String[] args : List.of(new String[] {}, new String[] {"--version", "x"}, new String[] {"train", "-V"},
                new String[] {"--help"}, new String[] {"-Vx"})) {
            assertFalse(NnrunCommandLine.asksOnlyForTheVersion(args), String.join(" ", args));
        }
    }

    @Test
    void theNamedSubcommandsAnswerAsTheWholeCommandLine() {
        String relu = Scripts.copy("relu-in-action.nn", folder).toString();
        String trainable = Scripts.copy("backprop.nn", folder).toString();
        String out = folder.resolve("trained.nn").toString();
        for (String[] args : List.of(new String[] {"check", relu}, new String[] {relu, "check"},
                new String[] {"check", relu, "train"}, new String[] {"check", "--bogus", relu}, new String[] {"check"},
                new String[] {"train", trainable, "--out", out}, new String[] {"train", trainable, "--epochs", "x"},
                new String[] {"train", trainable, "chek"}, new String[] {"train"}, new String[] {"plot", relu, "--bogus"},
                new String[] {"fmt", relu}, new String[] {"export"}, new String[] {"import"},
                new String[] {"serve", "--port", "x"}, new String[] {"--version"}, new String[] {"-V"},
                new String[] {"-V", "x"}, new String[] {"--version", "--bogus"})) {
            assertEquals(run(false, args), run(true, args), String.join(" ", args));
        }
    }

    private static CliRun run(boolean lean, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        int code = (lean ? NnrunCommandLine.forArguments(args, o, e) : NnrunCommandLine.create(o, e)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
