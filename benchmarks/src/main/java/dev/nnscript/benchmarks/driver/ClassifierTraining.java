package dev.nnscript.benchmarks.driver;

import dev.nnscript.benchmarks.BenchmarkNetworks;
import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.ProgressListener;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;

/**
 * W4 and W5: plain mini-batch SGD on a ReLU/softmax classifier with cross-entropy (mean over the
 * batch), rows reshuffled every epoch from the seed, last partial batch kept. Times the
 * {@code Trainer.train} call and reports samples per second and the training accuracy.
 */
final class ClassifierTraining {

    /** Rows per forward pass when measuring accuracy: bounds the trace's memory. */
    private static final int EVALUATION_CHUNK = 1024;

    private ClassifierTraining() {}

    static ResultLine run(String workload, int[] widths, LabeledRows data, double learningRate, int batch,
            int epochs, long seed) {
        Network start = BenchmarkNetworks.classifier(widths, seed);
        TrainingConfig config = TrainingConfig.defaults().withLoss(Losses.CROSS_ENTROPY)
                .withLearningRate(learningRate).withBatchSize(batch).withEpochs(epochs).withSeed(seed)
                .withShuffle(true);
        var dataset = data.toDataset();
        Stopwatch<TrainingResult> timed = Stopwatch.time(
                () -> Trainer.train(start, dataset, config, ProgressListener.NONE));
        long samples = (long) epochs * data.rows();
        return new ResultLine(workload).put("batch", batch).put("samples", samples)
                .put("seconds", timed.seconds()).put("samples_per_s", samples / timed.seconds())
                .put("accuracy", accuracy(timed.value().network(), data))
                .put("loss", timed.value().finalLoss());
    }

    /** The share of rows whose largest output is at the label's index. */
    static double accuracy(Network network, LabeledRows data) {
        int chunk = Math.min(EVALUATION_CHUNK, data.rows());
        ForwardTrace trace = new ForwardTrace(network, chunk);
        double[] x = new double[chunk * data.columns()];
        int classes = network.outputCount();
        int correct = 0;
        for (int first = 0; first < data.rows(); first += chunk) {
            int rows = Math.min(chunk, data.rows() - first);
            System.arraycopy(data.features(), first * data.columns(), x, 0, rows * data.columns());
            network.forward(x, rows, trace);
            double[] out = trace.output();
            for (int r = 0; r < rows; r++) {
                if (argmax(out, r * classes, classes) == data.labels()[first + r]) {
                    correct++;
                }
            }
        }
        return (double) correct / data.rows();
    }

    private static int argmax(double[] values, int from, int n) {
        int best = 0;
        for (int k = 1; k < n; k++) {
            if (values[from + k] > values[from + best]) {
                best = k;
            }
        }
        return best;
    }
}
