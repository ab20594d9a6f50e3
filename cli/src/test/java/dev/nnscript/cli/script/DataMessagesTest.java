package dev.nnscript.cli.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems with a script's data file look like script problems (the line and a caret), a mistake
 * repeated on every row is one message, and {@code check} finds them before training would.
 */
class DataMessagesTest {

    private static final String SCRIPT = "input petal_width, sepal_width\n"
            + "output setosa, virginica softmax\n"
            + "data \"iris.csv\"\n"
            + "train epochs=2\n";

    @TempDir
    Path folder;

    private String script() throws Exception {
        return Files.writeString(folder.resolve("iris.nn"), SCRIPT).toString();
    }

    private String data(String csv) throws Exception {
        return Files.writeString(folder.resolve("iris.csv"), csv).toString();
    }

    @Test
    void checkReadsTheDataFile() throws Exception {
        String script = script();
        data("sepal_width,species\n0.2,setosa\n");
        CliRun run = CliRun.of("check", script);
        assertEquals(new CliRun(1, "", "iris.csv:1:1: error: the data have no column 'petal_width' for input"
                + " 'petal_width'\n  sepal_width,species\n  ^\n"), run);
    }

    @Test
    void checkReportsABadRowOfTheDataFile() throws Exception {
        String script = script();
        data("petal_width,sepal_width,species\n0.1,0.2,setosa\n0.1, abc,setosa\n");
        CliRun run = CliRun.of("check", script);
        assertEquals(new CliRun(1, "", "iris.csv:3:6: error: expected a number in column 'sepal_width' but found"
                + " 'abc'\n  0.1, abc,setosa\n       ^\n"), run);
    }

    @Test
    void checkStillSaysOkForGoodData() throws Exception {
        String script = script();
        data("petal_width,sepal_width,species\n0.1,0.2,setosa\n");
        CliRun run = CliRun.of("check", script);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(script + ": ok\n", run.out().lines().findFirst().orElse("") + "\n");
    }

    @Test
    void missingDataFileIsReportedAtTheDataLine() throws Exception {
        String script = script();
        String expected = script + ":3:1: error: data file not found: " + folder.resolve("iris.csv") + "\n"
                + "  data \"iris.csv\"\n  ^\n";
        assertEquals(new CliRun(1, "", expected), CliRun.of("check", script));
        assertEquals(new CliRun(1, "", expected), CliRun.of("train", script));
    }

    @Test
    void aLabelInTheWrongCaseOnEveryRowIsOneMessage() throws Exception {
        String script = script();
        StringBuilder csv = new StringBuilder("petal_width,sepal_width,species\n");
        for (int r = 0; r < 150; r++) {
            csv.append("0.1,0.2,Setosa\n");
        }
        data(csv.toString());
        CliRun run = CliRun.of("train", script);
        assertEquals(new CliRun(1, "", "iris.csv:2:9: error: unknown class label 'Setosa' (did you mean 'setosa'?"
                + " case matters); the labels are the output names (150 rows like this: lines 2, 3, 4, 5, 6 and"
                + " 145 more)\n  0.1,0.2,Setosa\n          ^\n"), run);
    }
}
