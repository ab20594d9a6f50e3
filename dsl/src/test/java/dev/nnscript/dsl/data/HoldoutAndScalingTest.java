package dev.nnscript.dsl.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.Evaluation;
import dev.nnscript.core.train.ProgressListener;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.core.train.TrainingResult;
import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.script.Script;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** holdout= and scale=minmax applied where data are loaded, so every caller gets the same rows. */
class HoldoutAndScalingTest {

    /** y = x / 100 on x = 0, 10, ..., 190: 20 rows, x far from 0..1. */
    private static String script(String options, String train) {
        String rows = IntStream.range(0, 20).mapToObj(i -> "  " + i * 10 + ", " + i / 10.0)
                .collect(Collectors.joining("\n"));
        return "input x\nhidden 4 tanh\noutput y identity\ndata x, y " + options + "\n" + rows + "\nend\n" + train + "\n";
    }

    private static Script load(String source) {
        LoadResult loaded = NnScripts.parse(source, "model.nn");
        assertTrue(loaded.succeeded(), loaded::formattedDiagnostics);
        return loaded.script();
    }

    private static Set<Double> xs(Dataset data) {
        Set<Double> out = new HashSet<>();
        for (double x : data.inputs()) {
            out.add(x);
        }
        return out;
    }

    @Test
    void holdoutSetsAsideRowsPickedByTheSeedTheSameEveryTime() {
        Script script = load(script("holdout=0.25", "train seed=3"));
        DataResult first = ScriptData.load(script, "model.nn");
        DataResult again = ScriptData.load(script, "model.nn");
        DataResult otherSeed = ScriptData.load(script, "model.nn", 4);
        assertEquals(15, first.dataset().rows());
        assertEquals(5, first.heldOut().rows());
        assertEquals(first.dataset(), again.dataset());
        assertEquals(first.heldOut(), again.heldOut());
        assertNotEquals(first.heldOut(), otherSeed.heldOut());
        Set<Double> all = new HashSet<>(xs(first.dataset()));
        all.addAll(xs(first.heldOut()));
        assertEquals(20, all.size(), "every row lands in exactly one part");
        double[] training = first.dataset().inputs();
        for (int r = 1; r < training.length; r++) {
            assertTrue(training[r - 1] < training[r], "rows keep their order");
        }
    }

    @Test
    void heldOutCountsRoundAndAlwaysLeaveTrainingRows() {
        assertEquals(0, HoldoutSplit.heldOutCount(10, 0.0));
        assertEquals(1, HoldoutSplit.heldOutCount(10, 0.01));
        assertEquals(3, HoldoutSplit.heldOutCount(10, 0.25));
        assertEquals(9, HoldoutSplit.heldOutCount(10, 0.99));
        assertEquals(0, HoldoutSplit.heldOutCount(1, 0.5));
    }

    @Test
    void holdingOutFromOneRowWarns() {
        Script script = load("input x\noutput y identity w=1 b=0\ndata x, y holdout=0.5\n 1, 2\nend\n");
        DataResult result = ScriptData.load(script, "model.nn");
        assertNull(result.heldOut());
        assertEquals("model.nn:3:1: warning: holdout=0.5 holds out no rows: the data have only 1 row",
                result.diagnostics().get(0).toString());
    }

    @Test
    void minmaxUsesOnlyTrainingRowsAndTheSavedModelTakesRawInputs() {
        Script script = load(script("holdout=0.25 scale=minmax", "train loss=mse optimizer=adam lr=0.05 steps=300 seed=1"));
        DataResult data = ScriptData.load(script, "model.nn");
        double min = data.dataset().inputs()[0];
        double max = data.dataset().inputs()[data.dataset().rows() - 1];
        assertArrayEquals(new double[] {min}, data.scaling().minimums());
        assertArrayEquals(new double[] {max - min}, data.scaling().ranges());
        Dataset scaledRows = data.trainingRows();
        assertEquals(0.0, scaledRows.inputs()[0]);
        assertEquals(1.0, scaledRows.inputs()[scaledRows.rows() - 1]);

        TrainingResult trained = Trainer.train(data.startingNetwork(script), scaledRows, script.trainingConfig(),
                ProgressListener.NONE);
        Network raw = data.rawInputNetwork(trained.network());
        double onScaled = Evaluation.loss(trained.network(), scaledRows, script.trainingConfig().loss());
        double onRaw = Evaluation.loss(raw, data.dataset(), script.trainingConfig().loss());
        assertEquals(onScaled, onRaw, 1e-12);
        assertTrue(onRaw < 0.01, "scaled inputs train well: loss " + onRaw);
        assertTrue(Evaluation.loss(raw, data.heldOut(), script.trainingConfig().loss()) < 0.05);
    }

    @Test
    void withoutOptionsEveryRowTrainsUnscaled() {
        Script script = load(script("", ""));
        DataResult data = ScriptData.load(script, "model.nn");
        assertEquals(20, data.dataset().rows());
        assertNull(data.heldOut());
        assertTrue(data.scaling().isIdentity());
        assertEquals(data.dataset(), data.trainingRows());
        assertEquals(script.network(), data.startingNetwork(script));
    }

    @Test
    void frozenFirstLayerParametersCannotBeScaled() {
        Script script = load("input x\noutput y identity w=1 b=0 freeze b\ndata x, y scale=minmax\n 1, 2\n 3, 4\nend\n");
        DataResult result = ScriptData.load(script, "model.nn");
        assertNull(result.dataset());
        assertEquals(List.of("model.nn:3:1: error: scale=minmax rewrites the first layer's weights and biases, so "
                + "none of them may be frozen; remove scale=minmax or the freeze in the first layer"),
                result.diagnostics().stream().map(Object::toString).toList());
        // nnrun check says so too, for an inline table as for a CSV file, rather than passing a
        // script that training would refuse.
        assertEquals(result.diagnostics().stream().map(Object::toString).toList(),
                DataCheck.check(script).stream().map(Object::toString).toList());
    }
}
