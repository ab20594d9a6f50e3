package dev.nnscript.cli.plainrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.Scripts;
import dev.nnscript.cli.predict.OutputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the plain-run path takes from the command line, and what it leaves to picocli. */
class PlainRunArgumentsTest {

    @TempDir
    Path folder;

    private String relu;

    @BeforeEach
    void copyScript() {
        relu = Scripts.copy("relu-in-action.nn", folder).toString();
    }

    private static Optional<PlainRunArguments> match(String... args) {
        return PlainRunArguments.match(args);
    }

    private PlainRunArguments taken(String... args) {
        Optional<PlainRunArguments> matched = match(args);
        assertTrue(matched.isPresent(), () -> "not taken: " + String.join(" ", args));
        return matched.get();
    }

    @Test
    void takesTheFileAndItsInputsInOrder() {
        PlainRunArguments arguments = taken(relu, "--input", "0", "--input=0.5", "--input", "dosage=1");
        assertEquals(new PlainRunArguments(Path.of(relu), List.of("0", "0.5", "dosage=1"), OutputFormat.human),
                arguments);
    }

    @Test
    void takesAScriptRunOfTheFileAlone() {
        PlainRunArguments arguments = taken(relu);
        assertTrue(arguments.runsScript());
        assertEquals(new PlainRunArguments(Path.of(relu), List.of(), OutputFormat.human), arguments);
        assertFalse(taken(relu, "--input", "0.5").runsScript());
    }

    @Test
    void takesACheckOfOneFile() {
        PlainRunArguments arguments = taken("check", relu);
        assertTrue(arguments.checks());
        assertFalse(arguments.runsScript());
        for (String[] args : List.<String[]>of(new String[] {"check"}, new String[] {"check", "--help"},
                new String[] {"check", relu, "--debug"}, new String[] {"check", "-h"}, new String[] {"check", "@" + relu},
                new String[] {"check", folder.toString()}, new String[] {"check", "train"},
                new String[] {"fmt", relu}, new String[] {"train", relu})) {
            assertEquals(Optional.empty(), match(args), String.join(" ", args));
        }
    }

    @Test
    void takesAnInputJoinedToItsOption() {
        assertEquals(List.of("0.5"), taken(relu, "--input=0.5").inputs());
    }

    @Test
    void takesNegativeNumbersAsValues() {
        assertEquals(List.of("-0.5", "-.5", "-1e-3,-2"),
                taken(relu, "--input", "-0.5", "--input", "-.5", "--input=-1e-3,-2").inputs());
    }

    @Test
    void takesOneFormatSpelledAsItsName() {
        assertEquals(OutputFormat.csv, taken(relu, "--input", "0.5", "--format", "csv").format());
        assertEquals(OutputFormat.json, taken(relu, "--format=json", "--input", "0.5").format());
        assertEquals(OutputFormat.human, taken(relu, "--input", "0.5", "--format", "human").format());
    }

    @Test
    void takesValuesItCannotReadAndLeavesThemToTheRun() {
        assertEquals(List.of("abc", "0.5,1", "nope=1"),
                taken(relu, "--input", "abc", "--input", "0.5,1", "--input", "nope=1").inputs());
    }

    @Test
    void takesABatchInferenceOfAnExistingFileOrStandardInput() throws IOException {
        String rows = Files.writeString(folder.resolve("rows.csv"), "dosage\n0.5\n").toString();
        PlainRunArguments batch = taken(relu, "--inputs", rows);
        assertEquals(new PlainRunArguments(Path.of(relu), List.of(), rows, OutputFormat.csv), batch);
        assertTrue(batch.isBatch());
        assertEquals(rows, taken(relu, "--inputs=" + rows, "--format", "csv").inputsFile());
        assertEquals(rows, taken(relu, "--format=csv", "--inputs", rows).inputsFile());
        assertTrue(taken(relu, "--inputs", "-").readsStandardInput());
        assertTrue(taken(relu, "--inputs=-").readsStandardInput());
        assertTrue(!taken(relu, "--input", "0.5").isBatch());
    }

    @Test
    void leavesOtherBatchArgumentsToTheFullCommandLine() throws IOException {
        String rows = Files.writeString(folder.resolve("rows.csv"), "dosage\n0.5\n").toString();
        for (String[] args : List.of(
                new String[] {relu, "--inputs"},
                new String[] {relu, "--inputs", folder.resolve("none.csv").toString()},
                new String[] {relu, "--inputs", folder.toString()},
                new String[] {relu, "--inputs", rows, "--input", "0.5"},
                new String[] {relu, "--inputs", rows, "--inputs", rows},
                new String[] {relu, "--inputs", rows, "--format", "human"},
                new String[] {relu, "--inputs", rows, "--format", "json"},
                new String[] {relu, "--inputs", rows, "--format", "CSV"},
                new String[] {relu, "--inputs", rows, "--format", "csv", "--format", "csv"},
                new String[] {relu, "--inputs", rows, "--trace"},
                new String[] {relu, "--inputs", rows, "--debug"},
                new String[] {relu, "--inputs", "--format", "csv"},
                new String[] {relu, "--inputs", "-x"},
                new String[] {relu, "--inputs", "@" + rows},
                new String[] {relu, "--input", "-", "--inputs", rows})) {
            assertEquals(Optional.empty(), match(args), String.join(" ", args));
        }
    }

    @Test
    void leavesEverythingElseToTheFullCommandLine() {
        String missing = folder.resolve("none.nn").toString();
        List<String[]> handedOver = new ArrayList<>(List.of(
                new String[] {},
                new String[] {missing},
                new String[] {folder.toString()},
                new String[] {"@" + relu},
                new String[] {"train"},
                new String[] {"--help"},
                new String[] {"-V"},
                new String[] {relu, "--input"},
                new String[] {relu, "--format", "csv"},
                new String[] {missing, "--input", "0.5"},
                new String[] {folder.toString(), "--input", "0.5"},
                new String[] {"\0", "--input", "0.5"},
                new String[] {"--input", "0.5", relu},
                new String[] {relu, "--input", "0.5", "extra"},
                new String[] {relu, "--input", "0.5", "--trace"},
                new String[] {relu, "--trace", "--input", "0.5"},
                new String[] {relu, "--input", "0.5", "--debug"},
                new String[] {relu, "--input", "0.5", "-X"},
                new String[] {relu, "--input", "0.5", "--help"},
                new String[] {relu, "--input", "0.5", "-V"},
                new String[] {relu, "--inputs", "rows.csv"},
                new String[] {relu, "--input", "0.5", "--inputs", "rows.csv"},
                new String[] {relu, "--input", "-h"},
                new String[] {relu, "--input", "-X"},
                new String[] {relu, "--input", "--format"},
                new String[] {relu, "--input", "--", "0.5"},
                new String[] {relu, "--input", "-"},
                new String[] {relu, "--input", ""},
                new String[] {relu, "--input="},
                new String[] {relu, "--input", "@values.txt"},
                new String[] {"@" + relu, "--input", "0.5"},
                new String[] {relu, "--input", "0.5", "--format", "JSON"},
                new String[] {relu, "--input", "0.5", "--format", "xml"},
                new String[] {relu, "--input", "0.5", "--format", "csv", "--format", "csv"},
                new String[] {relu, "--inp", "0.5"},
                new String[] {relu, "--input", "0.5", "check"},
                new String[] {relu, "--input", "train"},
                new String[] {relu, "--input", "help"},
                new String[] {"train", relu, "--input", "0.5"}));
        for (String[] args : handedOver) {
            assertEquals(Optional.empty(), match(args), String.join(" ", args));
        }
    }
}
