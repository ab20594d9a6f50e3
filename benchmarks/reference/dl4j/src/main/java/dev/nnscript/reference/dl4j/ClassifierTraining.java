package dev.nnscript.reference.dl4j;

import dev.nnscript.reference.dl4j.WorkloadData.LabeledRows;
import java.util.Arrays;
import java.util.Random;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * W4 and W5 in DL4J: dense ReLU layers and a softmax output with cross-entropy (MCXENT), the mean
 * over the mini-batch (DL4J's default {@code miniBatch(true)} divides the gradient by the batch
 * rows); plain SGD ({@code Sgd}: no momentum, no l1/l2, no weight decay); rows reshuffled every
 * epoch from the seed, last partial batch kept. Times the training loop only.
 */
final class ClassifierTraining {

    private ClassifierTraining() {}

    /**
     * Weights and biases uniform in +-1/sqrt(fan_in): DL4J's {@code WeightInit.UNIFORM} draws the
     * weights so (from the configuration's seed); DL4J starts biases at a constant, so they are drawn
     * here from the seed.
     */
    static MultiLayerNetwork network(int[] widths, double learningRate, long seed) {
        NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.DOUBLE)
                .updater(new Sgd(learningRate))
                .weightInit(WeightInit.UNIFORM)
                .list();
        int last = widths.length - 2;
        for (int i = 0; i < last; i++) {
            layers.layer(new DenseLayer.Builder().nIn(widths[i]).nOut(widths[i + 1])
                    .activation(Activation.RELU).build());
        }
        layers.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                .nIn(widths[last]).nOut(widths[last + 1]).activation(Activation.SOFTMAX).build());
        MultiLayerNetwork net = new MultiLayerNetwork(layers.build());
        net.init();
        Random biases = new Random(seed);
        for (int i = 0; i <= last; i++) {
            double bound = 1.0 / Math.sqrt(widths[i]);
            double[] b = new double[widths[i + 1]];
            for (int j = 0; j < b.length; j++) {
                b[j] = (2.0 * biases.nextDouble() - 1.0) * bound;
            }
            INDArray param = net.getParam(i + "_b");
            param.assign(Nd4j.createFromArray(b).reshape(param.shape()));
        }
        return net;
    }

    static ResultLine run(String workload, int[] widths, LabeledRows data, double learningRate, int batch,
            int epochs, long seed) {
        MultiLayerNetwork net = network(widths, learningRate, seed);
        INDArray x = Nd4j.createFromArray(data.x()).reshape(data.rows(), data.columns());
        INDArray y = oneHot(data.labels(), data.classes());
        long start = System.nanoTime();
        train(net, x, y, batch, epochs, seed);
        double seconds = (System.nanoTime() - start) / 1e9;
        long samples = (long) epochs * data.rows();
        double[] accuracyAndLoss = evaluate(net, x, data.labels());
        return new ResultLine(workload).put("batch", batch).put("samples", samples)
                .put("seconds", seconds).put("samples_per_s", samples / seconds)
                .put("accuracy", accuracyAndLoss[0]).put("loss", accuracyAndLoss[1]);
    }

    /** One SGD step per mini-batch; the row order is shuffled (Fisher-Yates) every epoch. */
    static void train(MultiLayerNetwork net, INDArray x, INDArray y, int batch, int epochs, long seed) {
        int rows = (int) x.rows();
        int[] order = new int[rows];
        Arrays.setAll(order, i -> i);
        Random shuffle = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = rows - 1; i > 0; i--) {
                int j = shuffle.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int first = 0; first < rows; first += batch) {
                int[] pick = Arrays.copyOfRange(order, first, Math.min(rows, first + batch));
                net.fit(Nd4j.pullRows(x, 1, pick), Nd4j.pullRows(y, 1, pick));
            }
        }
    }

    static INDArray oneHot(int[] labels, int classes) {
        double[][] y = new double[labels.length][classes];
        for (int r = 0; r < labels.length; r++) {
            y[r][labels[r]] = 1.0;
        }
        return Nd4j.createFromArray(y);
    }

    /** {accuracy, mean cross-entropy} over all rows. */
    static double[] evaluate(MultiLayerNetwork net, INDArray x, int[] labels) {
        double[][] p = net.output(x).toDoubleMatrix();
        int correct = 0;
        double loss = 0;
        for (int r = 0; r < labels.length; r++) {
            int best = 0;
            for (int c = 1; c < p[r].length; c++) {
                if (p[r][c] > p[r][best]) {
                    best = c;
                }
            }
            correct += best == labels[r] ? 1 : 0;
            loss -= Math.log(p[r][labels[r]]);
        }
        return new double[] {(double) correct / labels.length, loss / labels.length};
    }
}
