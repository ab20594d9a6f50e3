package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.words.CommandWords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of data file a user may hand nnrun, through {@code nnrun train --data} and
 * {@code nnrun FILE --inputs} (from a file and from standard input): accepted, or rejected with
 * {@code file:line:col: error: message} and exit code 1, never a stack trace.
 */
class DataFilesTest {

    private static final String HEADER = "petal_width,sepal_width,species\n";
    private static final String INPUTS_HEADER = "petal_width,sepal_width,setosa,versicolor,virginica\n";
    /** The classifier's outputs for the rows 0.1,0.2 and 0.3,0.1, as CSV. */
    private static final String ROW_1 = "0.1,0.2,";
    private static final String ROW_2 = "0.3,0.1,";

    @TempDir
    Path folder;

    /**
     * name, file bytes, then for train: the exit code and the first line of standard error after the
     * file name ("" for success); then for --inputs the same, and what standard output starts with.
     */
    static Stream<Arguments> files() {
        String inputsOk = INPUTS_HEADER + ROW_1;
        return Stream.of(
                row("plain", HEADER + "0.1,0.2,setosa\n0.3,0.1,virginica\n", 0, "", 0, "", inputsOk),
                row("quoted fields", "\"petal_width\",\"sepal_width\",\"species\"\n\"0.1\", \"0.2\" ,\"setosa\"\n",
                        0, "", 0, "", inputsOk),
                row("byte-order mark", "\uFEFF" + HEADER + "0.1,0.2,setosa\n", 0, "", 0, "", inputsOk),
                row("CRLF line ends", HEADER.replace("\n", "\r\n") + "0.1,0.2,setosa\r\n0.3,0.1,virginica\r\n",
                        0, "", 0, "", inputsOk),
                row("blank lines", HEADER + "\n0.1,0.2,setosa\n\n", 0, "", 0, "", inputsOk),
                row("columns in another order", "species,sepal_width,petal_width\nsetosa,0.2,0.1\n", 0, "", 0, "",
                        inputsOk),
                row("missing column", "petal_width,species\n0.1,setosa\n",
                        1, ":1:1: error: the data have no column 'sepal_width' for input 'sepal_width'",
                        1, ":1:1: error: the data have no column 'sepal_width' for input 'sepal_width'", ""),
                row("extra column", "petal_width,sepal_width,species,notes\n0.1,0.2,setosa,x\n",
                        1, ":1:1: error: cannot tell which column holds the class labels (2 columns are left over);"
                                + " name it with label=COLUMN", 0, "", inputsOk),
                row("header not matching the names", "Petal_Width,sepal_width,species\n0.1,0.2,setosa\n",
                        1, ":1:1: error: the data have no column 'petal_width' for input 'petal_width'"
                                + " (did you mean 'Petal_Width'? case matters)",
                        1, ":1:1: error: the data have no column 'petal_width' for input 'petal_width'"
                                + " (did you mean 'Petal_Width'? case matters)", ""),
                row("duplicate column", "petal_width,petal_width,sepal_width,species\n0.1,0.1,0.2,setosa\n",
                        1, ":1:1: error: the data have two columns named 'petal_width'",
                        1, ":1:1: error: the data have two columns named 'petal_width'", ""),
                row("non-numeric cell", HEADER + "0.1,abc,setosa\n",
                        1, ":2:5: error: expected a number in column 'sepal_width' but found 'abc'",
                        1, ":2:5: error: expected a number in column 'sepal_width' but found 'abc'", INPUTS_HEADER),
                row("empty cell", HEADER + "0.1,,setosa\n",
                        1, ":2:5: error: expected a number in column 'sepal_width' but found ''",
                        1, ":2:5: error: expected a number in column 'sepal_width' but found ''", INPUTS_HEADER),
                row("empty file", "",
                        1, ":1:1: error: the data file is empty; it needs a header row",
                        1, ":1:1: error: the data file is empty; it needs a header row", ""),
                row("header only", HEADER, 1, ":1:1: error: the data file has a header but no rows", 0, "",
                        INPUTS_HEADER),
                row("ragged row", HEADER + "0.1,0.2,setosa\n0.3,0.1\n",
                        1, ":3:1: error: this row has 2 values but the header names 3 columns",
                        1, ":3:1: error: this row has 2 values but the header names 3 columns", inputsOk),
                row("NaN cell", HEADER + "0.1,NaN,setosa\n",
                        1, ":2:5: error: 'NaN' in column 'sepal_width' is not a finite number",
                        1, ":2:5: error: 'NaN' in column 'sepal_width' is not a finite number", INPUTS_HEADER),
                row("infinite cell", HEADER + "-Infinity,0.2,setosa\n",
                        1, ":2:1: error: '-Infinity' in column 'petal_width' is not a finite number",
                        1, ":2:1: error: '-Infinity' in column 'petal_width' is not a finite number", INPUTS_HEADER),
                row("number too large for a double", HEADER + "0.1,1e999,setosa\n",
                        1, ":2:5: error: number '1e999' in column 'sepal_width' is too large for a double",
                        1, ":2:5: error: number '1e999' in column 'sepal_width' is too large for a double",
                        INPUTS_HEADER),
                row("unknown class label", HEADER + "0.1,0.2,setsa\n",
                        1, ":2:9: error: unknown class label 'setsa' (did you mean 'setosa'?); the labels are the"
                                + " output names", 0, "", inputsOk),
                row("unclosed quote", HEADER + "0.1,\"0.2,setosa\n",
                        1, ":2:1: error: cannot read the data file: a quoted field that starts on this line has no"
                                + " closing quote",
                        1, ":2:1: error: cannot read the data file: a quoted field that starts on this line has no"
                                + " closing quote", INPUTS_HEADER),
                Arguments.of("invalid UTF-8", notUtf8(), 1, NOT_UTF8_IN_FILE, 1, NOT_UTF8, ""));
    }

    private static final String NOT_UTF8 = ":1:1: error: cannot read the data file: the file is not UTF-8 text;"
            + " save it as UTF-8";
    /** A file on disk is read a second time to find the bad byte; standard input cannot be. */
    private static final String NOT_UTF8_IN_FILE = ":2:10: error: invalid UTF-8 byte 0xE9; the data file must be UTF-8 text";

    /** A Latin-1 file: the label "sétosa" with its é as the single byte 0xE9. */
    private static byte[] notUtf8() {
        return (HEADER + "0.1,0.2,s\u00e9tosa\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Arguments row(String name, String csv, int trainExit, String trainErr, int inputsExit,
            String inputsErr, String inputsOut) {
        return Arguments.of(name, csv.getBytes(StandardCharsets.UTF_8), trainExit, trainErr, inputsExit, inputsErr,
                inputsOut);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void trainData(String name, byte[] csv, int trainExit, String trainErr, int inputsExit, String inputsErr,
            String inputsOut) throws Exception {
        Path script = Scripts.copy("iris-like.nn", folder);
        Path data = Files.write(folder.resolve("data.csv"), csv);
        CliRun run = CliRun.of("train", script.toString(), "--data", data.toString(), "--steps", "3");
        assertEquals(trainExit, run.exitCode(), run.err());
        assertNoStackTrace(run);
        if (trainExit == 0) {
            assertTrue(run.err().contains("trained 3 steps (3 epochs): reached the step limit\n"), run.err());
            assertTrue(run.out().startsWith("# Two inputs straight into a three-class softmax\n"
                    + "input petal_width, sepal_width\n"), run.out());
        } else {
            assertEquals(data + trainErr, firstLine(run.err()));
            assertEquals("", run.out());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void batchInputsFromAFile(String name, byte[] csv, int trainExit, String trainErr, int inputsExit,
            String inputsErr, String inputsOut) throws Exception {
        Path script = Scripts.copy("iris-like.nn", folder);
        Path data = Files.write(folder.resolve("data.csv"), csv);
        CliRun run = CliRun.of(script.toString(), "--inputs", data.toString());
        checkInputs(run, data.toString(), inputsExit, NOT_UTF8.equals(inputsErr) ? NOT_UTF8_IN_FILE : inputsErr,
                inputsOut);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void batchInputsFromStandardInput(String name, byte[] csv, int trainExit, String trainErr, int inputsExit,
            String inputsErr, String inputsOut) {
        Path script = Scripts.copy("iris-like.nn", folder);
        CliRun run = CliRun.withStdin(csv, script.toString(), "--inputs", "-");
        checkInputs(run, CommandWords.STDIN_NAME, inputsExit, inputsErr, inputsOut);
    }

    private static void checkInputs(CliRun run, String fileName, int exit, String err, String out) {
        assertEquals(exit, run.exitCode(), run.err());
        assertNoStackTrace(run);
        assertTrue(run.out().startsWith(out), run.out());
        if (exit == 0) {
            assertEquals("", run.err());
        } else {
            assertEquals(fileName + err, firstLine(run.err()));
            assertFalse(run.out().contains(ROW_2), "no row after the bad one: " + run.out());
        }
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }
}
