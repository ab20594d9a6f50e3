package dev.nnscript.cli.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.cli.TestNetworks;
import dev.nnscript.core.network.Network;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PredictionWritersTest {

    private static String write(OutputFormat format, Network network, boolean several, double[]... inputs) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        PredictionWriter writer = format.writer(network, out, several);
        for (double[] input : inputs) {
            writer.row(input, 0, network.predict(input), 0);
        }
        writer.finish();
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void humanFormPrintsTheEffectiveness() {
        assertEquals("effectiveness = 1.01\n",
                write(OutputFormat.human, TestNetworks.reluInAction(), false, new double[] {0.5}));
    }

    @Test
    void humanFormLabelsSeveralRowsWithTheirInputs() {
        assertEquals("dosage = 0.5\n  effectiveness = 1.01\n\ndosage = 0.1\n  effectiveness = 0\n",
                write(OutputFormat.human, TestNetworks.reluInAction(), true, new double[] {0.5}, new double[] {0.1}));
    }

    @Test
    void humanFormNamesTheClassAndProbabilities() {
        assertEquals("predicted class: setosa (probability 0.9756)\n"
                        + "probabilities: setosa = 0.9756, versicolor = 0.01787, virginica = 0.006573\n",
                write(OutputFormat.human, TestNetworks.twoInputClassifier(), false, new double[] {1, 0}));
    }

    @Test
    void csvHasAHeaderAndShortestNumbers() {
        assertEquals("dosage,effectiveness\n0.5,1.0100000000000016\n-0.5,0\n",
                write(OutputFormat.csv, TestNetworks.reluInAction(), true, new double[] {0.5}, new double[] {-0.5}));
    }

    @Test
    void jsonHasOneObjectPerInput() {
        assertEquals("[\n  {\"inputs\": {\"dosage\": 0.5}, \"outputs\": {\"effectiveness\": 1.0100000000000016}}\n]\n",
                write(OutputFormat.json, TestNetworks.reluInAction(), false, new double[] {0.5}));
    }

    @Test
    void jsonNamesThePredictedClass() {
        String json = write(OutputFormat.json, TestNetworks.twoInputClassifier(), false, new double[] {0, 1});
        assertEquals(true, json.contains("\"predicted\": \"versicolor\""), json);
    }
}
