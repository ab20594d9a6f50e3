package dev.nnscript.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.activation.Activations;
import dev.nnscript.core.init.Initialization;
import dev.nnscript.core.init.Initializer;
import dev.nnscript.core.init.LayerUnknownMask;
import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.optim.OptimizerConfig;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Training through a {@link GradientSource} whose rows are split into parts, as Spark's partitions
 * split them: one part gives the bits of training on the {@link Dataset}; several give the same up
 * to summation order.
 */
class GradientSourceTest {

    /** A data set cut into contiguous parts, each measured by its own {@link GradientPart}. */
    static final class PartsSource implements GradientSource {
        private final Dataset data;
        private final int[] starts;
        private final GradientPart[] parts;
        int batches;

        PartsSource(Dataset data, int partCount, Network network, TrainingConfig config) {
            this.data = data;
            this.starts = new int[partCount + 1];
            this.parts = new GradientPart[partCount];
            for (int p = 0; p <= partCount; p++) {
                starts[p] = (int) ((long) data.rows() * p / partCount);
            }
            for (int p = 0; p < partCount; p++) {
                parts[p] = new GradientPart(network, config.loss(), config.reluDerivativeAtZero(),
                        starts[p + 1] - starts[p]);
            }
        }

        public int rows() { return data.rows(); }

        public int inputCount() { return data.inputCount(); }

        public int outputCount() { return data.outputCount(); }

        public PartialGradients batch(Network network, int[] order, int from, int count) {
            batches++;
            double[] parameters = GradientPart.parameters(network);
            PartialGradients sum = PartialGradients.none();
            for (int p = 0; p < parts.length; p++) {
                int low = starts[p];
                int high = starts[p + 1];
                int[] rows = order == null ? range(low, high)
                        : Arrays.stream(order, from, from + count).filter(r -> r >= low && r < high).toArray();
                if (rows.length > 0) {
                    parts[p].setParameters(parameters);
                    sum = sum.plus(parts[p].gradients(inputs(rows), targets(rows), rows.length, count));
                }
            }
            return sum;
        }

        public double loss(Network network) {
            double[] parameters = GradientPart.parameters(network);
            double sum = 0.0;
            for (int p = 0; p < parts.length; p++) {
                int[] rows = range(starts[p], starts[p + 1]);
                parts[p].setParameters(parameters);
                sum += parts[p].loss(inputs(rows), targets(rows), rows.length, data.rows());
            }
            return sum;
        }

        private static int[] range(int from, int to) {
            return java.util.stream.IntStream.range(from, to).toArray();
        }

        private double[] inputs(int[] rows) {
            return Arrays.stream(rows).mapToObj(data::input).flatMapToDouble(Arrays::stream).toArray();
        }

        private double[] targets(int[] rows) {
            return Arrays.stream(rows).mapToObj(data::target).flatMapToDouble(Arrays::stream).toArray();
        }
    }

    /** 2 inputs -> 4 relu -> 1 identity; the first hidden weight frozen. */
    static Network network(long seed) {
        DenseLayer hidden = DenseLayer.uniform(2, 4, Activations.RELU);
        Network net = new Network(null, List.of("a", "b"), List.of("y"),
                List.of(hidden, DenseLayer.uniform(4, 1, Activations.IDENTITY)));
        Initialization.fill(net, List.of(LayerUnknownMask.all(new Initializer.He(), 2, 4),
                LayerUnknownMask.all(new Initializer.Normal(0, 0.5), 4, 1)), seed);
        boolean[] frozen = new boolean[8];
        frozen[0] = true;
        return net.withLayers(List.of(net.layer(0).withFrozen(frozen, new boolean[4]), net.layer(1)));
    }

    /** 2 inputs -> 5 tanh -> 3 softmax. */
    static Network classifier(long seed) {
        Network net = new Network(null, List.of("a", "b"), List.of("p", "q", "r"), List.of(
                DenseLayer.uniform(2, 5, Activations.TANH), DenseLayer.softmax(5, new double[15], new double[3])));
        Initialization.fill(net, List.of(LayerUnknownMask.all(new Initializer.Xavier(), 2, 5),
                LayerUnknownMask.all(new Initializer.Xavier(), 5, 3)), seed);
        return net;
    }

    /** Three classes by the sign pattern of a - b and a + b, on the 7 x 7 grid. */
    static Dataset classes() {
        Dataset plane = TrainingLoopTest.plane();
        double[][] x = new double[plane.rows()][];
        double[][] y = new double[plane.rows()][];
        for (int r = 0; r < plane.rows(); r++) {
            x[r] = plane.input(r);
            int k = x[r][0] > x[r][1] ? 0 : x[r][0] + x[r][1] > 0 ? 1 : 2;
            y[r] = new double[3];
            y[r][k] = 1.0;
        }
        return Dataset.of(x, y);
    }

    record Case(String name, Network network, Dataset data, TrainingConfig config) {}

    static List<Case> cases() {
        TrainingConfig base = TrainingConfig.defaults().withMaxSteps(150).withThreads(1);
        return List.of(
                new Case("mse adam full batch", network(1), TrainingLoopTest.plane(),
                        base.withLoss(Losses.MSE).withOptimizer(OptimizerConfig.adam()).withLearningRate(0.01)),
                new Case("ssr sgd full batch, relu'(0) = 1", network(2), TrainingLoopTest.plane(),
                        base.withLoss(Losses.SSR).withLearningRate(0.001).withReluDerivativeAtZero(1.0)),
                new Case("mae momentum, shuffled batches of 10", network(3), TrainingLoopTest.plane(),
                        base.withLoss(Losses.MAE).withOptimizer(OptimizerConfig.momentum(0.9))
                                .withBatchSize(10).withEpochs(30).withLearningRate(0.01).withSeed(5)),
                new Case("cross-entropy nesterov, batches of 16, min step", classifier(4), classes(),
                        base.withLoss(Losses.CROSS_ENTROPY).withOptimizer(OptimizerConfig.nesterov(0.9))
                                .withBatchSize(16).withMaxSteps(400).withMinStepSize(1e-4).withSeed(9)),
                new Case("mse adam, stops below a target loss", network(6), TrainingLoopTest.plane(),
                        base.withLoss(Losses.MSE).withOptimizer(OptimizerConfig.adam()).withLearningRate(0.05)
                                .withMaxSteps(5000).withTargetLoss(0.05)));
    }

    @Test
    void onePartTrainsToTheSameBitsAsTheDataSet() {
        for (Case c : cases()) {
            TrainingResult local = Trainer.train(c.network(), c.data(), c.config(), ProgressListener.NONE);
            PartsSource source = new PartsSource(c.data(), 1, c.network(), c.config());
            TrainingResult parted = Trainer.train(c.network(), source, c.config(), ProgressListener.NONE);
            assertEquals(local, parted, c.name());
            assertTrue(local.steps() > 10, c.name() + " trains: " + local);
            // A batch whose loss is below the target is measured but not stepped on.
            long measuredOnly = local.reason() == StopReason.LOSS_BELOW_TARGET ? 1 : 0;
            assertEquals(local.steps() + measuredOnly, source.batches, c.name() + ": one batch asked for per step");
        }
    }

    @Test
    void theStopRulesStopTheRunsTheyShould() {
        List<Case> cases = cases();
        assertEquals(StopReason.EPOCHS_DONE, Trainer.train(cases.get(2).network(), new PartsSource(
                cases.get(2).data(), 3, cases.get(2).network(), cases.get(2).config()), cases.get(2).config(),
                ProgressListener.NONE).reason());
        Case target = cases.get(4);
        TrainingResult reached = Trainer.train(target.network(), new PartsSource(target.data(), 3,
                target.network(), target.config()), target.config(), ProgressListener.NONE);
        assertEquals(StopReason.LOSS_BELOW_TARGET, reached.reason(), reached.toString());
    }

    @Test
    void threePartsAgreeToSummationOrder() {
        for (Case c : cases()) {
            TrainingResult local = Trainer.train(c.network(), c.data(), c.config(), ProgressListener.NONE);
            TrainingResult parted = Trainer.train(c.network(), new PartsSource(c.data(), 3, c.network(), c.config()),
                    c.config(), ProgressListener.NONE);
            assertEquals(local.steps(), parted.steps(), c.name());
            assertEquals(local.reason(), parted.reason(), c.name());
            assertEquals(local.finalLoss(), parted.finalLoss(), 1e-12, c.name());
            double[] a = GradientPart.parameters(local.network());
            double[] b = GradientPart.parameters(parted.network());
            for (int k = 0; k < a.length; k++) {
                assertEquals(a[k], b[k], 1e-12, c.name() + ", parameter " + k);
            }
            assertNotEquals(GradientPart.parameters(c.network())[1], b[1], c.name() + " learned");
            if (c.network().layer(0).frozenWeights()[0]) {
                assertEquals(GradientPart.parameters(c.network())[0], b[0], c.name() + ": the frozen weight stays");
            }
        }
    }

    @Test
    void aPartWeighsItsShareOfAMeanLossAndAllOfASum() {
        Dataset data = TrainingLoopTest.plane();
        Network net = network(1);
        GradientPart part = new GradientPart(net, Losses.MSE, 0.0, data.rows());
        part.setParameters(GradientPart.parameters(net));
        double whole = part.loss(data.inputs(), data.targets(), data.rows(), data.rows());
        double quarter = part.loss(data.inputs(), data.targets(), data.rows(), 4 * data.rows());
        assertEquals(whole / 4, quarter, 1e-15);
        GradientPart sum = new GradientPart(net, Losses.SSR, 0.0, data.rows());
        sum.setParameters(GradientPart.parameters(net));
        assertEquals(sum.loss(data.inputs(), data.targets(), data.rows(), data.rows()),
                sum.loss(data.inputs(), data.targets(), data.rows(), 4 * data.rows()));
    }
}
