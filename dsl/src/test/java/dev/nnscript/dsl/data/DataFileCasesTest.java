package dev.nnscript.dsl.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.diagnostic.DiagnosticFormatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per kind of data file people bring: each is accepted (rows counted) or rejected with
 * exactly these {@code file:line:col: message} lines.
 */
class DataFileCasesTest {

    private static final String SCRIPT = "input a, b\noutput setosa, versicolor softmax\ndata \"d.csv\"\n";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("good rows", "a,b,species\n1,2,setosa\n3,4,versicolor\n", List.of("2 rows")),
                Arguments.of("extra numeric columns are ignored", "b,a,species\n2,3,setosa\n", List.of("1 rows")),
                Arguments.of("extra columns hide the label column", "id,b,a,species\n1,2,3,setosa\n", List.of(
                        "d.csv:1:1: error: cannot tell which column holds the class labels (2 columns are left over); "
                                + "name it with label=COLUMN")),
                Arguments.of("quoted fields, BOM, CRLF", "\uFEFF\"a\",\"b\",species\r\n\"1\",\"2\",\"setosa\"\r\n",
                        List.of("1 rows")),
                Arguments.of("lone CR line ends", "a,b,species\r1,2,setosa\r", List.of("1 rows")),
                Arguments.of("blank lines are skipped", "a,b,species\n\n1,2,setosa\n\n", List.of("1 rows")),
                Arguments.of("empty file", "", List.of("d.csv:1:1: error: the data file is empty; it needs a header row")),
                Arguments.of("header only", "a,b,species\n", List.of("d.csv:1:1: error: the data file has a header but no rows")),
                Arguments.of("missing column", "a,species\n1,setosa\n", List.of(
                        "d.csv:1:1: error: the data have no column 'b' for input 'b'")),
                Arguments.of("misspelled header", "a,B,species\n1,2,setosa\n", List.of(
                        "d.csv:1:1: error: the data have no column 'b' for input 'b' (did you mean 'B'? case matters)")),
                Arguments.of("duplicate header", "a,a,b,species\n1,1,2,setosa\n", List.of(
                        "d.csv:1:1: error: the data have two columns named 'a'")),
                Arguments.of("ragged rows", "a,b,species\n1,2\n1,2,setosa,4\n", List.of(
                        "d.csv:2:1: error: this row has 2 values but the header names 3 columns",
                        "d.csv:3:12: error: this row has 4 values but the header names 3 columns")),
                Arguments.of("non-numeric cell", "a,b,species\n1,two,setosa\n", List.of(
                        "d.csv:2:3: error: expected a number in column 'b' but found 'two'")),
                Arguments.of("NaN and infinite cells", "a,b,species\nNaN,2,setosa\n1,-Infinity,setosa\n1e999,2,setosa\n",
                        List.of("d.csv:2:1: error: 'NaN' in column 'a' is not a finite number",
                                "d.csv:3:3: error: '-Infinity' in column 'b' is not a finite number",
                                "d.csv:4:1: error: number '1e999' in column 'a' is too large for a double")),
                Arguments.of("one-hot target columns", "a,b,setosa,versicolor\n1,2,1,0\n3,4,0.25,0.75\n",
                        List.of("2 rows")),
                Arguments.of("target columns that are not probabilities", "a,b,setosa,versicolor\n1,2,1,0\n"
                        + "0.2,0.1,5,-3\n", List.of(
                        "d.csv:3:9: error: '5' in column 'setosa' is a target for a softmax output, which must be a"
                                + " probability from 0 to 1; write 1 for the row's class and 0 for the others, or name"
                                + " the class in a label column",
                        "d.csv:3:11: error: '-3' in column 'versicolor' is a target for a softmax output, which must be"
                                + " a probability from 0 to 1; write 1 for the row's class and 0 for the others, or name"
                                + " the class in a label column")),
                Arguments.of("unknown class label", "a,b,species\n1,2,setosaa\n", List.of(
                        "d.csv:2:5: error: unknown class label 'setosaa' (did you mean 'setosa'?); the labels are the output names")),
                Arguments.of("a label in the wrong case on many rows: one message", "a,b,species\n1,2,Setosa\n"
                        + "3,4,versicolor\n1,2,Setosa\n1,2,Setosa\n1,2,Setosa\n1,2,Setosa\n1,2,Setosa\n1,2,Setosa\n",
                        List.of("d.csv:2:5: error: unknown class label 'Setosa' (did you mean 'setosa'? case matters);"
                                + " the labels are the output names (7 rows like this: lines 2, 4, 5, 6, 7 and 2 more)")),
                Arguments.of("a NUL byte inside a label", "a,b,species\n1,2,set\u0000osa\n", List.of(
                        "d.csv:2:8: error: the data file contains a NUL byte; is it a binary file?")),
                Arguments.of("a 10 MB cell is quoted shortened", "a,b,species\n1,\"" + "9x".repeat(1_500_000)
                        + "\",setosa\n", List.of("d.csv:2:3: error: expected a number in column 'b' but found "
                                + "'" + "9x".repeat(12) + "...'")),
                Arguments.of("a row longer than the limit", "a,b,species\n1,2,setosa\n" + "7".repeat(5_000_000)
                        + ",2,setosa\n", List.of(
                        "d.csv:3:1: error: this row is longer than 4,194,304 characters; is this a CSV data file?")),
                Arguments.of("more columns than the limit", "a,b,species" + ",x".repeat(100_000) + "\n1,2,setosa\n",
                        List.of("d.csv:1:200007: error: this row has more than 100,000 columns;"
                                + " a data file may have at most 100,000")),
                Arguments.of("commas inside quotes are no columns", "a,b,species\n1,2,\"" + ",".repeat(150_000)
                        + "\"\n", List.of("d.csv:2:5: error: unknown class label '" + ",".repeat(24)
                                + "...'; the labels are the output names")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void acceptedOrRejectedWithPositions(String name, String csv, List<String> expected) throws IOException {
        Files.write(dir.resolve("d.csv"), csv.getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("model.nn"), SCRIPT);
        LoadResult loaded = NnScripts.load(dir.resolve("model.nn"));
        assertTrue(loaded.succeeded(), loaded::formattedDiagnostics);
        DataResult data = ScriptData.load(loaded.script(), "model.nn");
        List<String> actual = data.loaded().isPresent() ? List.of(data.dataset().rows() + " rows")
                : data.diagnostics().stream().map(Object::toString).toList();
        assertEquals(expected, actual, name);
    }

    @ParameterizedTest(name = "bytes {0}")
    @MethodSource("badBytes")
    void invalidUtf8IsRejectedOnItsLine(String name, byte[] csv, String expected) throws IOException {
        Files.write(dir.resolve("d.csv"), csv);
        Files.writeString(dir.resolve("model.nn"), SCRIPT);
        DataResult data = ScriptData.load(NnScripts.load(dir.resolve("model.nn")).script(), "model.nn");
        assertEquals(List.of(expected), data.diagnostics().stream().map(Object::toString).toList());
    }

    /** The script's mistake, shown with its data line and a caret: not a position in a file that is not there. */
    @Test
    void missingFileIsReportedAtTheDataLine() throws IOException {
        Files.writeString(dir.resolve("model.nn"), SCRIPT);
        LoadResult loaded = NnScripts.load(dir.resolve("model.nn"));
        DataResult data = ScriptData.load(loaded.script(), loaded.source().fileName());
        assertEquals(List.of(dir.resolve("model.nn") + ":3:1: error: data file not found: " + dir.resolve("d.csv")),
                data.diagnostics().stream().map(Object::toString).toList());
        assertEquals(dir.resolve("model.nn") + ":3:1: error: data file not found: " + dir.resolve("d.csv") + "\n"
                + "  data \"d.csv\"\n  ^\n", DiagnosticFormatter.format(data.diagnostics(), loaded.source()));
    }

    static Stream<Arguments> badBytes() {
        StringBuilder far = new StringBuilder("a,b,species\r\n");
        for (int r = 0; r < 20_000; r++) {
            far.append("1,2,setosa\r\n");
        }
        far.append("1,2,vers\u00e9\u00ff");
        return Stream.of(
                Arguments.of("0xFF early", "\uFEFFa,b,species\n1,2,set\u00ffosa\n".getBytes(StandardCharsets.ISO_8859_1),
                        "d.csv:2:8: error: invalid UTF-8 byte 0xFF; the data file must be UTF-8 text"),
                Arguments.of("0xE9 past the first buffer", far.toString().getBytes(StandardCharsets.ISO_8859_1),
                        "d.csv:20002:9: error: invalid UTF-8 byte 0xE9; the data file must be UTF-8 text"));
    }
}
