package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report loss} and {@code report accuracy} in {@code nnrun FILE}, and held-out rows in training, black box. */
class ScriptReportsTest {

    /** StatQuest's Iris network (Part 6) with its three rows: no train line. */
    private static final String STATQUEST_IRIS = """
            input petal_width, sepal_width
            hidden relu w=[-2.5, 0.6] b=1.6
            hidden relu w=[-1.5, 0.4] b=0.7
            output setosa softmax w=[-0.1, 1.5] b=0
            output versicolor softmax w=[2.4, -5.2] b=0
            output virginica softmax w=[-2.2, 3.7] b=1
            data petal_width, sepal_width, species
              0.04, 0.42, setosa
              1.00, 0.52, virginica
              0.50, 0.37, versicolor
            end
            report loss, accuracy
            """;

    /** Class pos when x > 0; the row x = 3 is labelled neg, so exactly 9 of the 10 rows are right. */
    private static final String SIGN_CLASSIFIER = """
            input x
            output pos softmax w=1 b=0
            output neg softmax w=-1 b=0
            data x, label holdout=0.2
              -5, neg
              -4, neg
              -3, neg
              -2, neg
              -1, neg
               1, pos
               2, pos
               3, neg
               4, pos
               5, pos
            end
            report accuracy
            """;

    /** A line with noise: the held-out rows' residuals are not 0, so they change any sum they enter. */
    private static final String NOISY_LINE = """
            input x
            output y identity w=? b=?
            data x, y holdout=0.3
              0, 1.1
              1, 2.9
              2, 5.2
              3, 6.8
              4, 9.3
              5, 10.9
              6, 13.2
              7, 14.8
              8, 17.1
              9, 19.2
            end
            train loss=ssr optimizer=sgd lr=0.002 steps=300 seed=3
            report loss
            """;

    @TempDir
    Path folder;

    private String script(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text).toString();
    }

    @Test
    void aScriptWithoutTrainingReportsTheNetworkAsWrittenWithStatQuestsTotal() throws IOException {
        CliRun run = CliRun.of(script("iris.nn", STATQUEST_IRIS));
        assertEquals(new CliRun(0, """
                loss = 0.5917 (cross-entropy, mean over 3 rows; total 1.775)
                accuracy = 1 (3 of 3 rows)
                """, ""), run);
    }

    @Test
    void accuracyIsReportedOnTrainingAndHeldOutRowsWhichTogetherAreEveryRow() throws IOException {
        CliRun run = CliRun.of(script("sign.nn", SIGN_CLASSIFIER));
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        Matcher training = matcher("accuracy = (\\S+) \\((\\d+) of 8 training rows\\)", lines.get(0));
        Matcher heldOut = matcher("held-out accuracy = (\\S+) \\((\\d+) of 2 held-out rows\\)", lines.get(1));
        assertEquals(9, Integer.parseInt(training.group(2)) + Integer.parseInt(heldOut.group(2)), run.out());
    }

    @Test
    void trainingUsesOnlyTheTrainingRows() throws IOException {
        CliRun run = CliRun.of(script("line.nn", NOISY_LINE));
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        String reported = matcher("loss = (\\S+) \\(ssr, sum over 7 training rows\\)", lines.get(0)).group(1);
        // The trainer's final loss is over the rows it trained on; with the 3 noisy held-out rows in
        // it, the sum would be larger than the training rows' own.
        String finalLoss = find("final loss \\(ssr[^)]*\\) = (\\S+)", run.err()).group(1);
        assertEquals(finalLoss, reported, run.err());
        assertTrue(lines.get(1).matches("held-out loss = \\S+ \\(ssr, sum over 3 held-out rows\\)"), run.out());
        assertTrue(run.err().contains(lines.get(1) + "\n"), "the summary shows the held-out loss too\n" + run.err());
        assertFalse(run.err().contains("warning"), run.err());
    }

    @Test
    void trainSummarizesTheHeldOutRows() throws IOException {
        String trainable = SIGN_CLASSIFIER.replace("w=1 b=0", "w=? b=?").replace("w=-1 b=0", "w=? b=?")
                .replace("report accuracy", "train optimizer=adam lr=0.1 steps=50 seed=2");
        CliRun run = CliRun.of("train", script("sign.nn", trainable));
        assertEquals(0, run.exitCode(), run.err());
        find("held-out loss = \\S+ \\(cross-entropy, mean over 2 held-out rows; total \\S+\\)\n", run.err());
        find("held-out accuracy = \\S+ \\(\\d of 2 held-out rows\\)\n", run.err());
    }

    @Test
    void aLossWithoutDataSaysThereIsNothingToMeasure() throws IOException {
        CliRun run = CliRun.of(script("nodata.nn", "input x\noutput yes softmax w=1 b=0\noutput no softmax w=-1 b=0\n"
                + "report loss, accuracy\n"));
        assertEquals(new CliRun(0, """
                loss: the script has no data to measure it on
                accuracy: the script has no data to measure it on
                """, ""), run);
    }

    private static Matcher matcher(String regex, String line) {
        Matcher m = Pattern.compile(regex).matcher(line);
        assertTrue(m.matches(), () -> "'" + line + "' does not match " + regex);
        return m;
    }

    private static Matcher find(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), () -> "no match for " + regex + " in\n" + text);
        return m;
    }
}
