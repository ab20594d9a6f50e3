package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch inference stops at the first bad row with its one message, whichever reader meets it. */
class BatchBadRowTest {

    @TempDir
    Path folder;

    @Test
    void consecutiveBadRowsGiveOneMessage() throws IOException {
        String script = Scripts.copy("relu-in-action.nn", folder).toString();
        Path data = Files.writeString(folder.resolve("d.csv"), "dosage\n0.5\nx\ny\n0\n");
        CliRun run = CliRun.assertMainAnswersAlike(script, "--inputs", data.toString());
        assertEquals(new CliRun(1, "dosage,effectiveness\n0.5,1.0100000000000016\n",
                data + ":3:1: error: expected a number in column 'dosage' but found 'x'\n"), run);

        CliRun piped = CliRun.asMainWithStdin("dosage\nx\ny\n".getBytes(StandardCharsets.UTF_8), script, "--inputs", "-");
        assertEquals("<stdin>:2:1: error: expected a number in column 'dosage' but found 'x'\n", piped.err());
    }
}
