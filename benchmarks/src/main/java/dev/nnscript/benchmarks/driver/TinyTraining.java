package dev.nnscript.benchmarks.driver;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.ProgressListener;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;
import java.util.List;

/**
 * W3: StatQuest's backpropagation setup. a1 = softplus(w1 x + b1), a2 = softplus(w2 x + b2),
 * yhat = w3 a1 + w4 a2 + b3, data (0, 0) (0.5, 1) (1, 0), SSR, p -= 0.1 dSSR/dp, full batch,
 * exactly 10,000 steps.
 */
final class TinyTraining {

    static final int STEPS = 10_000;
    private static final int[] SSR_AFTER = {1, 10, 100};

    private TinyTraining() {}

    static Network network() {
        Activation softplus = Activations.SOFTPLUS;
        DenseLayer hidden = DenseLayer.of(1, new double[] {2.74, -1.13}, new double[] {0.0, 0.0},
                new Activation[] {softplus, softplus});
        DenseLayer output = DenseLayer.of(2, new double[] {0.36, 0.63}, new double[] {0.0},
                new Activation[] {Activations.IDENTITY});
        return new Network("statquest backpropagation", List.of("dosage"), List.of("effectiveness"),
                List.of(hidden, output));
    }

    static Dataset data() {
        return Dataset.of(new double[][] {{0.0}, {0.5}, {1.0}}, new double[][] {{0.0}, {1.0}, {0.0}});
    }

    static TrainingConfig config(long steps) {
        return TrainingConfig.defaults().withLoss(Losses.SSR).withLearningRate(0.1).withFullBatch()
                .withMaxSteps(steps).withThreads(1);
    }

    /**
     * The timed, cold run first; then (untimed) the SSR after 1, 10 and 100 steps. Timed from the
     * {@code Trainer.train} call to the end of its last step, as the PyTorch, DL4J and hand-written
     * loops time theirs; the call's whole time, with the final SSR that {@code Trainer.train}
     * measures for its result, is reported apart as {@code seconds_with_final_loss}.
     */
    static ResultLine run() {
        Network start = network();
        Dataset data = data();
        WorkloadDriver.handOverIfLarge(start, data.rows(), config(STEPS));
        TimedTraining timed = TimedTraining.train("W3", start, data, config(STEPS), STEPS);
        TrainingResult result = timed.result();
        ResultLine ssrAfter = new ResultLine();
        for (int steps : SSR_AFTER) {
            ssrAfter.put(String.valueOf(steps),
                    Trainer.train(start, data, config(steps), ProgressListener.NONE).finalLoss());
        }
        return new ResultLine("W3").put("steps", result.steps()).put("seconds", timed.seconds())
                .put("steps_per_s", result.steps() / timed.seconds())
                .put("seconds_with_final_loss", timed.secondsWithFinalLoss())
                .put("ssr_after", ssrAfter)
                .put("final_ssr", result.finalLoss()).put("params", parameters(result.network()));
    }

    private static ResultLine parameters(Network n) {
        DenseLayer hidden = n.layer(0);
        DenseLayer output = n.layer(1);
        return new ResultLine().put("w1", hidden.weights()[0]).put("b1", hidden.biases()[0])
                .put("w2", hidden.weights()[1]).put("b2", hidden.biases()[1])
                .put("w3", output.weights()[0]).put("w4", output.weights()[1]).put("b3", output.biases()[0]);
    }
}
