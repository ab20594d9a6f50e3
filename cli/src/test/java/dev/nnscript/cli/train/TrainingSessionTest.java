package dev.nnscript.cli.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.TestNetworks;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.ProgressListener;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

    private static final Dataset DOSAGES = Dataset.of(new double[][] {{0}, {0.5}, {1}}, new double[][] {{0}, {0.5}, {0}});

    @Test
    void trainsExactlyAsTheTrainerDoesAndSummarises() {
        Network network = TestNetworks.reluInAction();
        TrainingConfig config = TrainingConfig.defaults().withMaxSteps(50).withLearningRate(0.01);
        StringWriter err = new StringWriter();
        TrainingResult result = new TrainingSession(new PrintWriter(err), false).train(network, DOSAGES, config);
        TrainingResult direct = Trainer.train(network, DOSAGES, config, ProgressListener.NONE);
        assertEquals(direct, result);
        String text = err.toString().replace(System.lineSeparator(), "\n");
        assertTrue(text.startsWith("step 5/50 (10%)  loss "), text);
        assertTrue(text.contains("step 50/50 (100%)  loss "), text);
        assertEquals(10, text.lines().filter(line -> line.startsWith("step ")).count(), text);
        assertTrue(text.contains("trained 50 steps (50 epochs): reached the step limit\n"), text);
        assertTrue(text.contains("final loss (ssr, 3 training rows) = "), text);
    }

    @Test
    void plansStepsFromEpochsAndBatches() {
        TrainingConfig config = TrainingConfig.defaults().withEpochs(4).withBatchSize(2);
        assertEquals(8, TrainingSession.plannedSteps(DOSAGES, config));
        assertEquals(4, TrainingSession.plannedSteps(DOSAGES, config.withFullBatch()));
        assertEquals(1000, TrainingSession.plannedSteps(DOSAGES, TrainingConfig.defaults()));
    }
}
