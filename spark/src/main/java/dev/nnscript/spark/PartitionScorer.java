package dev.nnscript.spark;

import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Evaluation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Scores one partition's rows in batches of {@value #BATCH}: each row comes out with its columns and
 * the network's outputs (then, for softmax, the predicted class's name) appended; null outputs for a
 * row with an input that is null, NaN or infinite.
 */
final class PartitionScorer implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;
    /** Rows per forward pass, as nnrun --inputs takes them. */
    static final int BATCH = 1024;

    private final Broadcast<String> network;
    private final int[] inputColumns;

    PartitionScorer(Broadcast<String> network, int[] inputColumns) {
        this.network = network;
        this.inputColumns = inputColumns;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Batched(Scripts.network(network.value()), rows);
    }

    /** Reads a batch when the last one is used up; allocates its buffers once. */
    private final class Batched implements Iterator<Row> {
        private final Network net;
        private final Iterator<Row> rows;
        private final ForwardTrace trace;
        private final double[] x;
        private final List<Row> batch = new ArrayList<>(BATCH);
        /** Per batch row: its row in the forward pass, or -1 when an input is missing. */
        private final int[] scoredAs = new int[BATCH];
        private final boolean softmax;
        private int next;

        Batched(Network net, Iterator<Row> rows) {
            this.net = net;
            this.rows = rows;
            this.trace = new ForwardTrace(net, BATCH, 1);
            this.x = new double[BATCH * net.inputCount()];
            this.softmax = net.outputLayer().isSoftmax();
        }

        @Override
        public boolean hasNext() {
            return next < batch.size() || rows.hasNext();
        }

        @Override
        public Row next() {
            if (next == batch.size()) {
                if (!rows.hasNext()) {
                    throw new NoSuchElementException();
                }
                score();
            }
            return withOutputs(batch.get(next), scoredAs[next++]);
        }

        private void score() {
            batch.clear();
            next = 0;
            int width = net.inputCount();
            int scored = 0;
            while (batch.size() < BATCH && rows.hasNext()) {
                Row row = rows.next();
                scoredAs[batch.size()] = readInputs(row, scored * width) ? scored++ : -1;
                batch.add(row);
            }
            if (scored > 0) {
                net.forward(x, scored, trace);
            }
        }

        /** Copies the row's inputs to x from {@code at}; false when one is not a finite number. */
        private boolean readInputs(Row row, int at) {
            for (int i = 0; i < inputColumns.length; i++) {
                Object value = row.get(inputColumns[i]);
                if (value == null) {
                    return false;
                }
                double v = ((Number) value).doubleValue();
                if (!Double.isFinite(v)) {
                    return false;
                }
                x[at + i] = v;
            }
            return true;
        }

        private Row withOutputs(Row row, int scoredRow) {
            int outputs = net.outputCount();
            Object[] values = new Object[row.length() + outputs + (softmax ? 1 : 0)];
            for (int c = 0; c < row.length(); c++) {
                values[c] = row.get(c);
            }
            if (scoredRow >= 0) {
                double[] a = trace.output();
                for (int o = 0; o < outputs; o++) {
                    values[row.length() + o] = a[scoredRow * outputs + o];
                }
                if (softmax) {
                    values[values.length - 1] = net.outputNames().get(Evaluation.argmax(a, scoredRow * outputs, outputs));
                }
            }
            return RowFactory.create(values);
        }
    }
}
