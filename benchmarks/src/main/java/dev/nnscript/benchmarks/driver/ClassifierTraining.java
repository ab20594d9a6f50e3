package dev.nnscript.benchmarks.driver;

import dev.nnscript.benchmarks.BenchmarkNetworks;
import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.Evaluation;
import dev.nnscript.core.train.TrainingConfig;
import java.util.Arrays;

/**
 * W4 and W5: plain mini-batch SGD on a ReLU/softmax classifier with cross-entropy (mean over the
 * batch), rows reshuffled every epoch from the seed, last partial batch kept. Times the training:
 * from the {@code Trainer.train} call to the end of its last step, as the PyTorch and DL4J sides time
 * their loops. The loss over every row that {@code Trainer.train} then measures for its result is
 * left out of {@code seconds} and {@code samples_per_s} (for W5 it is a forward pass over all 10,000
 * rows) and reported apart, as {@code seconds_with_final_loss}. Also reports the training accuracy.
 */
final class ClassifierTraining {

    /** Rows per forward pass when measuring accuracy: bounds the trace's memory. */
    private static final int EVALUATION_CHUNK = 1024;

    private ClassifierTraining() {}

    static ResultLine run(String workload, int[] widths, LabeledRows data, double learningRate, int batch,
            int epochs, long seed, int threads) {
        Network start = BenchmarkNetworks.classifier(widths, seed);
        TrainingConfig config = TrainingConfig.defaults().withLoss(Losses.CROSS_ENTROPY)
                .withLearningRate(learningRate).withBatchSize(batch).withEpochs(epochs).withSeed(seed)
                .withShuffle(true).withThreads(threads);
        var dataset = data.toDataset();
        WorkloadDriver.handOverIfLarge(start, dataset.rows(), config);
        long steps = (long) epochs * ((data.rows() + batch - 1) / batch);
        TimedTraining timed = TimedTraining.train(workload, start, dataset, config, steps);
        long samples = (long) epochs * data.rows();
        return new ResultLine(workload).put("batch", batch).put("samples", samples)
                .put("seconds", timed.seconds()).put("samples_per_s", samples / timed.seconds())
                .put("seconds_with_final_loss", timed.secondsWithFinalLoss())
                .put("accuracy", accuracy(timed.result().network(), dataset))
                .put("loss", timed.result().finalLoss());
    }

    /**
     * Core's {@link Evaluation#accuracy}, a chunk of rows at a time: one forward pass over every row
     * would hold a trace of every row's activations.
     */
    static double accuracy(Network network, Dataset data) {
        int chunk = Math.min(EVALUATION_CHUNK, data.rows());
        int correct = 0;
        for (int first = 0; first < data.rows(); first += chunk) {
            int rows = Math.min(chunk, data.rows() - first);
            correct += Evaluation.correct(network, new Dataset(
                    Arrays.copyOfRange(data.inputs(), first * data.inputCount(), (first + rows) * data.inputCount()),
                    Arrays.copyOfRange(data.targets(), first * data.outputCount(), (first + rows) * data.outputCount()),
                    rows, data.inputCount(), data.outputCount()));
        }
        return (double) correct / data.rows();
    }
}
