package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Predictions that are not numbers: the results say {@code NaN} (a word nnrun's readers recognise
 * and refuse as input, since inputs must be finite), and a warning names the first row that gave
 * one; infinite softmax logits give the limit's probabilities, not NaN.
 */
class NonFiniteOutputTest {

    /** Two ReLU nodes overflow to infinity for x >= 1e-307 or so, and their difference is NaN. */
    private static final String OVERFLOWING = "input x\nhidden relu w=1e308 b=0\nhidden relu w=1e308 b=0\n"
            + "output y identity w=[1, -1] b=0\n";

    @TempDir
    Path folder;

    @Test
    void aNanPredictionInABatchIsWrittenAndWarnedAboutWithItsRow() throws IOException {
        Path script = write("nan.nn", OVERFLOWING);
        Path data = write("x.csv", "x\n0\n10\n\n20\n");
        CliRun run = CliRun.assertMainAnswersAlike(script.toString(), "--inputs", data.toString());
        assertEquals(new CliRun(0, "x,y\n0,0\n10,NaN\n20,NaN\n", "nnrun: warning: the network's output is NaN (not a"
                + " number) for data row 2 of " + data + " and 1 more row; a value overflowed inside the network"
                + " (--input with --trace shows where)\n"), run);

        CliRun piped = CliRun.asMainWithStdin("x\n10\n".getBytes(StandardCharsets.UTF_8), script.toString(),
                "--inputs", "-");
        assertEquals("nnrun: warning: the network's output is NaN (not a number) for data row 1 of <stdin>; a value"
                + " overflowed inside the network (--input with --trace shows where)\n", piped.err());
    }

    @Test
    void aNanPredictionForAnInputIsWarnedAboutWithItsPosition() throws IOException {
        Path script = write("nan.nn", OVERFLOWING);
        CliRun run = CliRun.assertMainAnswersAlike(script.toString(), "--input", "0", "--input", "10");
        assertEquals(0, run.exitCode());
        assertEquals("x = 0\n  y = 0\n\nx = 10\n  y = NaN\n", run.out());
        assertEquals("nnrun: warning: the network's output is NaN (not a number) for --input number 2; a value"
                + " overflowed inside the network (--trace shows where)\n", run.err());
    }

    @Test
    void anInfinitePredictionIsWarnedAboutAsNanIs() throws IOException {
        Path script = write("inf.nn", "input x\noutput y identity w=1e308 b=0\n");
        CliRun run = CliRun.assertMainAnswersAlike(script.toString(), "--input", "1", "--input", "-10", "--input", "10",
                "--format", "csv");
        assertEquals(new CliRun(0, "x,y\n1,1e308\n-10,-Infinity\n10,Infinity\n", "nnrun: warning: the network's output"
                + " is -Infinity (beyond the largest double) for --input number 2; a value overflowed inside the network"
                + " (--trace shows where)\n"), run);

        Path data = write("x.csv", "x\n10\n1\n-10\n");
        CliRun batch = CliRun.assertMainAnswersAlike(script.toString(), "--inputs", data.toString());
        assertEquals(new CliRun(0, "x,y\n10,Infinity\n1,1e308\n-10,-Infinity\n", "nnrun: warning: the network's"
                + " output is Infinity (beyond the largest double) for data row 1 of " + data + " and 1 more row; a value"
                + " overflowed inside the network (--input with --trace shows where)\n"), batch);
    }

    @Test
    void theCsvOutputsNonFiniteWordsAreRefusedAsInputsByName() throws IOException {
        Path script = write("nan.nn", OVERFLOWING);
        Path results = write("results.csv", CliRun.of(script.toString(), "--inputs",
                write("x.csv", "x\n10\n").toString()).out().replace("x,y", "y,x"));
        Path echo = write("echo.nn", "input x\noutput y identity w=1 b=0\n");
        CliRun back = CliRun.of(echo.toString(), "--inputs", results.toString());
        assertEquals(1, back.exitCode());
        assertEquals(results + ":2:4: error: 'NaN' in column 'x' is not a finite number\n  10,NaN\n     ^\n",
                back.err().substring(back.err().indexOf(results.toString())));
    }

    @Test
    void infiniteSoftmaxLogitsGiveProbabilitiesNotNan() throws IOException {
        Path script = write("sm.nn", "input x\nhidden relu w=1e308 b=0\noutput a softmax w=1e308 b=0\n"
                + "output b softmax w=-1 b=0\n");
        CliRun run = CliRun.assertMainAnswersAlike(script.toString(), "--input", "10", "--format", "csv");
        assertEquals(new CliRun(0, "x,a,b\n10,1,0\n", ""), run);
        // Logits 1e309 and 1.7e309 both overflow: which class wins is lost, so no probability is
        // made up (an even split named a as the class), and the overflow is reported.
        Path tied = write("tied.nn", "input x\noutput a softmax w=1e308 b=0\noutput b softmax w=1.7e308 b=0\n");
        assertEquals(new CliRun(0, "x,a,b\n10,NaN,NaN\n", "nnrun: warning: the network's output is NaN (not a number)"
                + " for --input number 1; a value overflowed inside the network (--trace shows where)\n"),
                CliRun.assertMainAnswersAlike(tied.toString(), "--input", "10", "--format", "csv"));
        assertEquals("predicted class: none (the probabilities are not numbers)\nprobabilities: a = NaN, b = NaN\n",
                CliRun.of(tied.toString(), "--input", "10").out());
        assertEquals("[\n  {\"inputs\": {\"x\": 10}, \"outputs\": {\"a\": null, \"b\": null}, \"predicted\": null}\n]\n",
                CliRun.of(tied.toString(), "--input", "10", "--format", "json").out());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
