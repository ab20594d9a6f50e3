package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command-line mistakes that picocli alone calls "Unmatched argument": a misspelled command, a
 * {@code run} command that does not exist, and a second {@code --input} value without a comma.
 */
class CommandTyposTest {

    private static final String TRY_HELP = "Try 'nnrun --help' for more information.\n";

    @TempDir
    Path folder;

    private Path script() throws Exception {
        return Files.writeString(folder.resolve("bump.nn"), "input x\noutput y relu w=1 b=0\n");
    }

    @Test
    void misspelledCommandSuggestsTheCommand() throws Exception {
        CliRun run = CliRun.assertMainAnswersAlike("trian", script().toString());
        assertEquals(new CliRun(2, "", "nnrun: unknown command 'trian' (did you mean 'train'?)\n" + TRY_HELP), run);
    }

    @Test
    void misspelledCommandAloneSuggestsTheCommand() {
        CliRun run = CliRun.assertMainAnswersAlike("chek");
        assertEquals(new CliRun(2, "", "nnrun: unknown command 'chek' (did you mean 'check'?)\n" + TRY_HELP), run);
    }

    @Test
    void runIsNotACommand() throws Exception {
        String file = script().toString();
        CliRun run = CliRun.assertMainAnswersAlike("run", file);
        assertEquals(new CliRun(2, "", "nnrun: there is no command 'run'; to run a script, give it first: nnrun "
                + file + "\n" + TRY_HELP), run);
    }

    @Test
    void secondInputValueHintsAtCommasAndRepeatedInput() throws Exception {
        CliRun run = CliRun.assertMainAnswersAlike(script().toString(), "--input", "0.5", "1");
        assertEquals(new CliRun(2, "", "nnrun: unexpected value '1' after --input 0.5; give one pass's values comma"
                + " separated (--input 0.5,1), or one --input per pass (--input 0.5 --input 1)\n" + TRY_HELP), run);
    }

    /** A real process: the exit code goes through System.exit. */
    @Test
    void misspelledCommandExitsWithTheUsageCode() throws Exception {
        ProcessRun run = ProcessRun.java(List.of(), ProcessRun::none, "trian", script().toString());
        assertEquals(new ProcessRun(2, "", "nnrun: unknown command 'trian' (did you mean 'train'?)\n" + TRY_HELP),
                run);
    }

    @Test
    void controlCharactersInUsageErrorsAreShownNotObeyed() {
        CliRun run = CliRun.of("--bogus\u001b[2J\u0000");
        assertEquals(new CliRun(2, "", "nnrun: Unknown option: '--bogusU+001B[2JU+0000'\n" + TRY_HELP), run);
    }
}
