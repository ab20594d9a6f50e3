package dev.nnscript.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.optim.OptimizerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingConfigTest {

    /** docs/language.md, from the core module's folder (where the tests run). */
    private static final Path LANGUAGE = Path.of("../docs/language.md");

    /**
     * The defaults are the language's as docs/language.md documents them: each row of its table of
     * {@code train} keys has its default column rendered from {@link TrainingConfig#defaults()} (and
     * the optimizers' own defaults), so the docs and the code cannot drift apart. A row added to or
     * dropped from the table must be added here too.
     */
    @Test
    void defaultsAreTheOnesDocsLanguageMdTables() throws IOException {
        TrainingConfig c = TrainingConfig.defaults();
        Map<String, String> fromCode = new LinkedHashMap<>();
        fromCode.put("loss", "`cross-entropy` for softmax outputs, else `" + c.loss().name() + "`");
        fromCode.put("optimizer", "`" + c.optimizer().name() + "`");
        fromCode.put("lr", number(c.learningRate()) + " (" + number(OptimizerConfig.adam().defaultLearningRate())
                + " for adam)");
        fromCode.put("momentum", number(OptimizerConfig.Momentum.DEFAULT_MOMENTUM));
        fromCode.put("batch", c.isFullBatch() ? "`full`" : Integer.toString(c.batchSize()));
        fromCode.put("epochs` / `steps", c.epochs() == 0 ? "`steps=" + c.maxSteps() + "`" : "`epochs=" + c.epochs() + "`");
        fromCode.put("min_step", c.minStepSize() == 0 ? "off" : number(c.minStepSize()));
        fromCode.put("target_loss", c.targetLoss() == TrainingConfig.NO_TARGET_LOSS ? "off" : number(c.targetLoss()));
        fromCode.put("seed", Long.toString(c.seed()));
        fromCode.put("relu_at_zero", number(c.reluDerivativeAtZero()));
        fromCode.put("shuffle", "`" + c.shuffle() + "`");
        assertEquals(fromCode, documentedDefaults());
        assertEquals(Losses.SSR, c.loss());
        assertEquals(OptimizerConfig.sgd(), c.optimizer());
    }

    /** The table under {@code | key | values | default |} in docs/language.md: key to default cell. */
    private static Map<String, String> documentedDefaults() throws IOException {
        List<String> lines = Files.readAllLines(LANGUAGE);
        int header = lines.indexOf("| key | values | default |");
        assertTrue(header >= 0, "docs/language.md has no table of train keys and defaults");
        Map<String, String> defaults = new LinkedHashMap<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split(" \\| ");
            String key = cells[0].substring("| `".length(), cells[0].length() - 1);
            String last = cells[cells.length - 1];
            defaults.put(key, last.substring(0, last.length() - " |".length()));
        }
        return defaults;
    }

    /** A whole number without a point (as the docs write 0 and 1000), anything else as Java prints it. */
    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    @Test
    void epochsAndStepsReplaceEachOther() {
        TrainingConfig c = TrainingConfig.defaults().withEpochs(5);
        assertEquals(0, c.maxSteps());
        assertEquals(5, c.epochs());
        assertEquals(7, c.withMaxSteps(7).maxSteps());
        assertEquals(0, c.withMaxSteps(7).epochs());
    }

    @Test
    void theBuilderSetsSeveralFieldsAndValidatesOnce() {
        TrainingConfig c = new TrainingConfig.Builder().optimizer(OptimizerConfig.adam()).learningRate(0.001)
                .epochs(3).batchSize(16).seed(9).build();
        assertEquals(TrainingConfig.defaults().withOptimizer(OptimizerConfig.adam()).withLearningRate(0.001)
                .withEpochs(3).withBatchSize(16).withSeed(9), c);
        assertEquals(c, c.toBuilder().build());
        assertMessage("the learning rate must be positive and finite, not -1.0",
                () -> c.toBuilder().learningRate(-1).build());
    }

    /** Every one of the 12 fields set away from its default survives toBuilder(), and withX changes only X. */
    @Test
    void toBuilderKeepsEveryFieldAndWithChangesOnlyItsOwn() {
        TrainingConfig c = new TrainingConfig(Losses.MAE, OptimizerConfig.nesterov(0.7), 0.25, 8, 5, 0, 0.001,
                0.5, 42L, false, 1.0, 1);
        assertEquals(c, c.toBuilder().build());
        TrainingConfig d = TrainingConfig.defaults();
        assertEquals(c, d.withLoss(Losses.MAE).withOptimizer(OptimizerConfig.nesterov(0.7)).withLearningRate(0.25)
                .withBatchSize(8).withEpochs(5).withMinStepSize(0.001).withTargetLoss(0.5).withSeed(42L)
                .withShuffle(false).withReluDerivativeAtZero(1.0).withThreads(1));
        assertEquals(d, new TrainingConfig.Builder().build());
        assertEquals(new TrainingConfig(d.loss(), d.optimizer(), d.learningRate(), d.batchSize(), d.epochs(),
                d.maxSteps(), d.minStepSize(), d.targetLoss(), 7L, d.shuffle(), d.reluDerivativeAtZero(),
                d.threads()), d.withSeed(7L));
    }

    @Test
    void badValuesAreRejectedWithAReason() {
        TrainingConfig c = TrainingConfig.defaults();
        assertMessage("the learning rate must be positive and finite, not 0.0", () -> c.withLearningRate(0));
        assertMessage("the learning rate must be positive and finite, not NaN", () -> c.withLearningRate(Double.NaN));
        assertMessage("the batch size must be positive (or FULL_BATCH), not -1", () -> c.withBatchSize(-1));
        assertMessage("set exactly one of epochs and steps (epochs 0, steps 0)", () -> c.withMaxSteps(0));
        assertMessage("the minimum step size must be at least 0 and finite, not -0.1", () -> c.withMinStepSize(-0.1));
        assertMessage("the target loss must be a number below infinity, not NaN", () -> c.withTargetLoss(Double.NaN));
        assertMessage("the ReLU derivative at 0 must be 0 or 1, not 0.5", () -> c.withReluDerivativeAtZero(0.5));
    }

    @Test
    void crossEntropyNeedsASoftmaxOutput() {
        TrainingConfig c = TrainingConfig.defaults().withLoss(Losses.CROSS_ENTROPY);
        assertMessage("the cross-entropy loss needs a softmax output layer", () -> Trainer.train(
                TrainingLoopTest.seeded(0), TrainingLoopTest.plane(), c, ProgressListener.NONE));
    }

    @Test
    void dataMustFitTheNetwork() {
        Dataset oneInput = Dataset.of(new double[][] {{1}}, new double[][] {{1}});
        assertMessage("the data have 1 input columns but the network takes 2", () -> Trainer.train(
                TrainingLoopTest.seeded(0), oneInput, TrainingConfig.defaults(), ProgressListener.NONE));
    }

    @Test
    void datasetsAreValidated() {
        assertMessage("target 1 of row 2 is not finite: NaN",
                () -> Dataset.of(new double[][] {{1}, {2}}, new double[][] {{1}, {Double.NaN}}));
        assertMessage("input row 2 has 2 values, expected 1",
                () -> Dataset.of(new double[][] {{1}, {2, 3}}, new double[][] {{1}, {2}}));
        assertMessage("inputs: expected 4 values, got 3", () -> new Dataset(new double[3], new double[2], 2, 2, 1));
    }

    private static void assertMessage(String expected, Runnable action) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, action::run).getMessage());
    }
}
