package dev.nnscript.reference.dl4j;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.impl.LossL2;

/**
 * W3: StatQuest's backpropagation setup in DL4J. A 1 -> 2 softplus -> 1 identity network,
 * weights set to w1=2.74 w2=-1.13 (hidden), w3=0.36 w4=0.63 (output), biases 0; data (0, 0)
 * (0.5, 1) (1, 0); exactly 10,000 full-batch steps of p -= 0.1 dSSR/dp.
 *
 * <p>The loss is SSR, the sum over rows of the squared error. DL4J's {@code LossL2} is the sum of
 * squares over a row's outputs (its {@code LossMSE} divides that by the output count); with
 * {@code miniBatch(false)} the updater does not divide the gradient by the rows in the batch, so
 * the step is exactly 0.1 times dSSR/dp, with no rescaled learning rate.
 */
final class TinyTraining {

    static final int STEPS = 10_000;
    static final double LEARNING_RATE = 0.1;
    private static final int[] SSR_AFTER = {1, 10, 100};

    private TinyTraining() {}

    static MultiLayerNetwork network() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .updater(new Sgd(LEARNING_RATE))
                .miniBatch(false)
                .list()
                .layer(new DenseLayer.Builder().nIn(1).nOut(2).activation(Activation.SOFTPLUS).build())
                .layer(new OutputLayer.Builder().lossFunction(new LossL2()).nIn(2).nOut(1)
                        .activation(Activation.IDENTITY).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        // DL4J keeps a dense layer's weights as [in][out] and its biases as [1][out].
        set(net, "0_W", 2.74, -1.13);
        set(net, "0_b", 0.0, 0.0);
        set(net, "1_W", 0.36, 0.63);
        set(net, "1_b", 0.0);
        return net;
    }

    private static void set(MultiLayerNetwork net, String name, double... values) {
        INDArray param = net.getParam(name);
        param.assign(Nd4j.createFromArray(values).reshape(param.shape()));
    }

    static INDArray inputs() {
        return Nd4j.createFromArray(new double[][] {{0.0}, {0.5}, {1.0}});
    }

    static INDArray targets() {
        return Nd4j.createFromArray(new double[][] {{0.0}, {1.0}, {0.0}});
    }

    static void train(MultiLayerNetwork net, INDArray x, INDArray y, int steps) {
        for (int step = 0; step < steps; step++) {
            net.fit(x, y);
        }
    }

    /** Sum over the rows of (yhat - y)^2, from a forward pass. */
    static double ssr(MultiLayerNetwork net, INDArray x, INDArray y) {
        INDArray error = net.output(x).sub(y);
        return error.mul(error).sumNumber().doubleValue();
    }

    /** The timed, cold run first; then (untimed, from the start again) the SSR after 1, 10 and 100 steps. */
    static ResultLine run() {
        INDArray x = inputs();
        INDArray y = targets();
        MultiLayerNetwork net = network();
        long start = System.nanoTime();
        train(net, x, y, STEPS);
        double seconds = (System.nanoTime() - start) / 1e9;
        ResultLine ssrAfter = new ResultLine();
        for (int steps : SSR_AFTER) {
            MultiLayerNetwork fresh = network();
            train(fresh, x, y, steps);
            ssrAfter.put(String.valueOf(steps), ssr(fresh, x, y));
        }
        INDArray hiddenW = net.getParam("0_W");
        INDArray hiddenB = net.getParam("0_b");
        INDArray outputW = net.getParam("1_W");
        ResultLine params = new ResultLine()
                .put("w1", hiddenW.getDouble(0)).put("b1", hiddenB.getDouble(0))
                .put("w2", hiddenW.getDouble(1)).put("b2", hiddenB.getDouble(1))
                .put("w3", outputW.getDouble(0)).put("w4", outputW.getDouble(1))
                .put("b3", net.getParam("1_b").getDouble(0));
        return new ResultLine("W3").put("steps", STEPS).put("seconds", seconds)
                .put("steps_per_s", STEPS / seconds).put("ssr_after", ssrAfter)
                .put("final_ssr", ssr(net, x, y)).put("params", params);
    }
}
