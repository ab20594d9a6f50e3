package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch inference stops at the first bad row with its one message, whichever reader meets it, and
 * shows a file's row above a caret as a script line is (standard input cannot be read again: no row).
 */
class BatchBadRowTest {

    @TempDir
    Path folder;

    @Test
    void consecutiveBadRowsGiveOneMessage() throws IOException {
        String script = Scripts.copy("relu-in-action.nn", folder).toString();
        Path data = Files.writeString(folder.resolve("d.csv"), "dosage\n0.5\nx\ny\n0\n");
        CliRun run = CliRun.assertMainAnswersAlike(script, "--inputs", data.toString());
        assertEquals(new CliRun(1, "dosage,effectiveness\n0.5,1.0100000000000016\n",
                data + ":3:1: error: expected a number in column 'dosage' but found 'x'\n  x\n  ^\n"), run);

        CliRun piped = CliRun.asMainWithStdin("dosage\nx\ny\n".getBytes(StandardCharsets.UTF_8), script, "--inputs", "-");
        assertEquals("<stdin>:2:1: error: expected a number in column 'dosage' but found 'x'\n", piped.err());
    }

    @Test
    void aBadCellIsShownInItsRowWithACaret() throws IOException {
        String script = Scripts.copy("relu-in-action.nn", folder).toString();
        Path data = Files.writeString(folder.resolve("d.csv"), "note,dosage\nok,0.5\nfine, 1.5x\n");
        CliRun run = CliRun.assertMainAnswersAlike(script, "--inputs", data.toString());
        assertEquals(new CliRun(1, "dosage,effectiveness\n0.5,1.0100000000000016\n",
                data + ":3:7: error: expected a number in column 'dosage' but found '1.5x'\n  fine, 1.5x\n        ^\n"),
                run);
    }

    @Test
    void aHeaderThatDoesNotFitIsShownWithACaret() throws IOException {
        String script = Scripts.copy("relu-in-action.nn", folder).toString();
        Path data = Files.writeString(folder.resolve("d.csv"), "dose\n0.5\n");
        CliRun run = CliRun.assertMainAnswersAlike(script, "--inputs", data.toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().endsWith("\n  dose\n  ^\n"), run.err());
    }
}
