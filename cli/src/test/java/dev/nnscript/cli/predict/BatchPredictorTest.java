package dev.nnscript.cli.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.cli.TestNetworks;
import dev.nnscript.core.network.Network;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch inference over the file layouts the fast reader takes and those it hands to the dsl's
 * reader part-way: either way every row comes out once, in order, with the engine's numbers.
 */
class BatchPredictorTest {

    private static final String EXPECTED = "dosage,effectiveness\n0,0\n0.5,1.0100000000000016\n1,0\n";

    @TempDir
    Path folder;

    private final Network relu = TestNetworks.reluInAction();

    @Test
    void readsEveryLineEnd() throws Exception {
        assertEquals(EXPECTED, predict("dosage\n0\n0.5\n1\n"));
        assertEquals(EXPECTED, predict("dosage\r\n0\r\n0.5\r\n1\r\n"));
        assertEquals(EXPECTED, predict("dosage\r0\r0.5\r1"));
    }

    @Test
    void skipsAByteOrderMarkBlankLinesAndSpacesAroundCells() throws Exception {
        assertEquals(EXPECTED, predict("\uFEFFdosage\n\n0\n  \n 0.5 \n\t1\n\n"));
    }

    @Test
    void echoesInputsInTheirShortestFormWhateverTheirText() throws Exception {
        assertEquals(EXPECTED, predict("dosage\n0.000\n0.500\n1.0\n"));
        assertEquals("dosage,effectiveness\n-0,0\n1e-4,0\n0.0101,0\n", predict("dosage\n-0\n0.0001\n0.0101\n"));
    }

    @Test
    void readsTheInputColumnAmongOthers() throws Exception {
        assertEquals(EXPECTED, predict("patient, dosage ,note\na,0,x\nb,.5e0,y\nc,+1,z\n"));
    }

    @Test
    void handsQuotesAndOtherTextToTheDslReaderWithoutLosingRows() throws Exception {
        assertEquals(EXPECTED, predict("dosage,note\n0,plain\n0.5,\"quoted, with a comma\"\n1,plain\n"));
        assertEquals(EXPECTED, predict("dosage,note\n0,plain\n0.5,caf\u00e9\n1,plain\n"));
        assertEquals(EXPECTED, predict("\"dosage\"\n0\n0.5\n1\n"));
    }

    @Test
    void streamsRowsAcrossBufferBlocksAsTheDslReaderDoes() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < 30_000; r++) {
            rows.append(r / 30_000.0).append(r % 3 == 0 ? "\r\n" : "\n");
        }
        String fast = predict("dosage\n" + rows);
        // A quoted header sends the whole file through the dsl's reader.
        assertEquals(predict("\"dosage\"\n" + rows), fast);
        assertEquals(30_001, fast.lines().count());
        assertEquals("0.5,1.0100000000000016", fast.lines().skip(15_001).findFirst().orElseThrow());
    }

    private String predict(String csv) throws Exception {
        Path file = folder.resolve("data.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        new BatchPredictor(relu).run(file, "data.csv", out);
        return text.toString();
    }
}
