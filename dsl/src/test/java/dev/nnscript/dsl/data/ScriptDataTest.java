package dev.nnscript.dsl.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data from inline tables and CSV files, into core's Dataset, with file:line errors. */
class ScriptDataTest {

    private static final String IRIS = """
            input petal_length, petal_width
            output setosa, versicolor softmax
            data "iris.csv"
            """;

    @TempDir
    Path dir;

    private DataResult load(String script, String csv) throws IOException {
        Files.write(dir.resolve("iris.csv"), csv.getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("model.nn");
        Files.writeString(file, script);
        LoadResult loaded = NnScripts.load(file);
        assertTrue(loaded.succeeded(), loaded::formattedDiagnostics);
        return ScriptData.load(loaded.script(), file.toString());
    }

    private static List<String> messages(DataResult result) {
        return result.diagnostics().stream().map(d -> d.position().line() + ": " + d.message()).toList();
    }

    @Test
    void readsCsvWithBomCrlfQuotesAndExtraColumnsIntoOneHotTargets() throws IOException {
        DataResult result = load(IRIS.replace("\"iris.csv\"", "\"iris.csv\" label=species"), "\uFEFFid,petal_width,\"species\",petal_length\r\n"
                + "1,0.2,setosa,1.4\r\n"
                + "\r\n"
                + "2,\"1.3\",\"versicolor\",4.5\r\n");
        assertEquals(List.of(), messages(result));
        Dataset data = result.loaded().orElseThrow();
        assertEquals(2, data.rows());
        assertArrayEquals(new double[] {1.4, 0.2, 4.5, 1.3}, data.inputs());
        assertArrayEquals(new double[] {1, 0, 0, 1}, data.targets());
    }

    @Test
    void reportsRaggedRowsNonNumbersAndUnknownLabelsByLine() throws IOException {
        DataResult result = load(IRIS, "petal_length,petal_width,species\n"
                + "1.4,0.2,setosa\n"
                + "1.5,0.2\n"
                + "x,0.2,setosa\n"
                + "4.5,1.3,versicolr\n");
        assertEquals(List.of(
                "3: this row has 2 values but the header names 3 columns",
                "4: expected a number in column 'petal_length' but found 'x'",
                "5: unknown class label 'versicolr' (did you mean 'versicolor'?); the labels are the output names"),
                messages(result));
        assertTrue(result.diagnostics().stream().map(Diagnostic::position).allMatch(p -> p.file().equals("iris.csv")));
    }

    @Test
    void reportsMissingColumnsAndMissingFiles() throws IOException {
        DataResult result = load(IRIS, "petal_lenght,petal_width,species\n1,2,setosa\n");
        assertEquals(List.of("1: the data have no column 'petal_length' for input 'petal_length' "
                + "(did you mean 'petal_lenght'?)"), messages(result), "one typo, one message");
        Files.delete(dir.resolve("iris.csv"));
        LoadResult loaded = NnScripts.load(dir.resolve("model.nn"));
        assertTrue(ScriptData.load(loaded.script(), "model.nn").diagnostics().get(0).message()
                .startsWith("data file not found: "));
    }

    @Test
    void readsInlineTables() {
        LoadResult loaded = NnScripts.parse("""
                input dosage
                output effectiveness relu w=1 b=0
                data effectiveness, dosage
                  0, 0
                  1, 0.5
                end
                """, "inline.nn");
        Dataset data = ScriptData.load(loaded.script(), "inline.nn").loaded().orElseThrow();
        assertArrayEquals(new double[] {0, 0.5}, data.inputs());
        assertArrayEquals(new double[] {0, 1}, data.targets());
    }

    @Test
    void csvProblemsPointAtTheCellEvenAfterQuotesBomAndCrlf() throws IOException {
        DataResult result = load(IRIS, "\uFEFFpetal_length,petal_width,species\r\n"
                + "1.4,  \"0,2\",setosa\r\n"
                + "\"a\"\"b\",0.2,setosa\r\n"
                + "1.4,0.2,\"two\r\nlines\"\r\n"
                + "1.4,NaN,setosa\r\n"
                + "1.4,0.2,setosa,extra\r\n");
        assertEquals(List.of(
                "iris.csv:2:7: error: expected a number in column 'petal_width' but found '0,2'",
                "iris.csv:3:1: error: expected a number in column 'petal_length' but found 'a\"b'",
                "iris.csv:4:9: error: unknown class label 'twoU+000DU+000Alines'; the labels are the output names",
                "iris.csv:6:5: error: 'NaN' in column 'petal_width' is not a finite number",
                "iris.csv:7:16: error: this row has 4 values but the header names 3 columns"),
                result.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void aFileTooLargeForMemoryIsRefusedWithAnEstimateBeforeItsRowsAreStored() throws IOException {
        StringBuilder csv = new StringBuilder("petal_length,petal_width,species\n");
        for (int r = 0; r < 3000; r++) {
            csv.append("1.4,0.2,setosa\n");
        }
        load(IRIS, csv.toString());
        LoadResult loaded = NnScripts.load(dir.resolve("model.nn"));
        DataResult refused = ScriptData.load(loaded.script(), "model.nn", 0, 100_000);
        assertEquals(List.of("iris.csv:1:1: error: the data file is too large to load for training: about 2999 rows "
                + "of 4 values need about 281 KB of memory, but only 98 KB is free; use fewer rows or give Java more "
                + "memory (-Xmx)"), refused.diagnostics().stream().map(Object::toString).toList());
        assertEquals(3000, ScriptData.load(loaded.script(), "model.nn", 0, 1_000_000).dataset().rows());
    }
}
