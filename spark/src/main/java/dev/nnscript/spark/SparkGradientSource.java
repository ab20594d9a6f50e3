package dev.nnscript.spark;

import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.GradientPart;
import dev.nnscript.core.train.GradientSource;
import dev.nnscript.core.train.PartialGradients;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.dsl.print.ScriptPrinter;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function2;

/**
 * Training rows cached in a Spark RDD, one {@link PartitionRows} per partition, as core's trainer
 * asks for them: each batch is one Spark job in which every partition measures its rows of the
 * batch with a {@link GradientPart} and the parts are summed with {@code treeAggregate}. The driver
 * ships the current parameters with each job; the network's structure travels once, as canonical
 * text, and each executor keeps its parts (one per concurrent task) for the run.
 */
final class SparkGradientSource implements GradientSource {

    private static final int TREE_DEPTH = 2;

    private final JavaRDD<PartitionRows> rows;
    private final int[] starts;
    private final int rowCount;
    private final int inputCount;
    private final int outputCount;
    private final PartSpec spec;

    /** @param rows cached by the caller; counted here (one job) */
    SparkGradientSource(JavaRDD<PartitionRows> rows, Network network, TrainingConfig config) {
        this.rows = rows;
        int[] sizes = new int[rows.getNumPartitions()];
        int largest = 0;
        for (PartitionSize size : rows.map(p -> new PartitionSize(p.partition, p.rows)).collect()) {
            sizes[size.partition] = size.rows;
            largest = Math.max(largest, size.rows);
        }
        this.starts = new int[sizes.length];
        long total = 0;
        for (int p = 0; p < sizes.length; p++) {
            starts[p] = (int) total;
            total += sizes[p];
        }
        if (total == 0) {
            throw new IllegalArgumentException("SparkTrainer: the data have no rows");
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("SparkTrainer: " + total + " rows; at most " + (Integer.MAX_VALUE - 8)
                    + " are numbered in one run");
        }
        this.rowCount = (int) total;
        this.inputCount = network.inputCount();
        this.outputCount = network.outputCount();
        this.spec = new PartSpec(UUID.randomUUID().toString(), ScriptPrinter.print(network),
                config.loss().name(), config.reluDerivativeAtZero(), largest);
    }

    private record PartitionSize(int partition, int rows) implements Serializable {}

    @Override
    public int rows() { return rowCount; }

    @Override
    public int inputCount() { return inputCount; }

    @Override
    public int outputCount() { return outputCount; }

    @Override
    public PartialGradients batch(Network network, int[] order, int from, int count) {
        int[] batch = order == null ? null : Arrays.copyOfRange(order, from, from + count);
        BatchJob job = new BatchJob(spec, GradientPart.parameters(network), starts, batch, count);
        PartialGradients sum = rows.treeAggregate(PartialGradients.none(), job, PartialGradients::plus, TREE_DEPTH);
        if (sum.isEmpty()) {
            throw new IllegalStateException("no partition measured the batch");
        }
        return sum;
    }

    @Override
    public double loss(Network network) {
        double[] parameters = GradientPart.parameters(network);
        PartSpec s = spec;
        int all = rowCount;
        return rows.map(p -> {
            GradientPart part = s.borrow();
            try {
                part.setParameters(parameters);
                return p.rows == 0 ? PartialGradients.none()
                        : PartialGradients.ofLoss(part.loss(p.inputs, p.targets, p.rows, all));
            } finally {
                s.giveBack(part);
            }
        }).treeReduce(PartialGradients::plus, TREE_DEPTH).loss();
    }

    /** One batch on one partition: its rows of the batch, in the batch's order, measured. */
    private record BatchJob(PartSpec spec, double[] parameters, int[] starts, int[] batch, int count)
            implements Function2<PartialGradients, PartitionRows, PartialGradients> {

        @Override
        public PartialGradients call(PartialGradients sum, PartitionRows p) {
            GradientPart part = spec.borrow();
            try {
                part.setParameters(parameters);
                if (batch == null) {
                    return p.rows == 0 ? sum : sum.plus(part.gradients(p.inputs, p.targets, p.rows, count));
                }
                return sum.plus(selected(part, p));
            } finally {
                spec.giveBack(part);
            }
        }

        private PartialGradients selected(GradientPart part, PartitionRows p) {
            int start = starts[p.partition];
            int in = p.inputs.length / Math.max(1, p.rows);
            int out = p.targets.length / Math.max(1, p.rows);
            double[] x = new double[Math.min(count, p.rows) * in];
            double[] y = new double[Math.min(count, p.rows) * out];
            int taken = 0;
            for (int row : batch) {
                int local = row - start;
                if (local >= 0 && local < p.rows) {
                    System.arraycopy(p.inputs, local * in, x, taken * in, in);
                    System.arraycopy(p.targets, local * out, y, taken * out, out);
                    taken++;
                }
            }
            return taken == 0 ? PartialGradients.none() : part.gradients(x, y, taken, count);
        }
    }

    /**
     * What an executor needs to build a {@link GradientPart}: the network's canonical text, the loss,
     * the ReLU setting and the largest partition. Parts are pooled per run in each executor JVM, one
     * per task running at once; the pools of the last few runs are kept.
     */
    record PartSpec(String run, String network, String loss, double reluAtZero, int capacity)
            implements Serializable {

        private static final Map<String, ConcurrentLinkedQueue<GradientPart>> POOLS =
                new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, ConcurrentLinkedQueue<GradientPart>> e) {
                        return size() > 4;
                    }
                };

        GradientPart borrow() {
            GradientPart part = pool().poll();
            return part != null ? part : new GradientPart(Scripts.network(network),
                    Losses.byName(loss).orElseThrow(), reluAtZero, capacity);
        }

        void giveBack(GradientPart part) {
            pool().offer(part);
        }

        private ConcurrentLinkedQueue<GradientPart> pool() {
            synchronized (POOLS) {
                return POOLS.computeIfAbsent(run, r -> new ConcurrentLinkedQueue<>());
            }
        }
    }
}
