package dev.nnscript.spark;

import dev.nnscript.core.network.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Turns a DataFrame into one {@link PartitionRows} per partition: the columns named as the network's
 * inputs, and as targets either the columns named as its outputs or, with a label column, one-hot
 * rows of the class named by the label (a string, or an integer for classes named 0, 1, ...).
 * Null and non-finite values are refused with the column's name.
 */
final class TrainingRows {

    private TrainingRows() {}

    /** @param label the label column, or null for target columns named as the outputs */
    static JavaRDD<PartitionRows> of(Dataset<Row> data, Network network, String label) {
        StructType schema = data.schema();
        List<String> names = Arrays.asList(schema.fieldNames());
        List<Column> columns = new ArrayList<>();
        for (String input : network.inputNames()) {
            columns.add(numeric(schema, names, input, "the network's input"));
        }
        if (label == null) {
            for (String output : network.outputNames()) {
                columns.add(numeric(schema, names, output, "the network's output (a target)"));
            }
        } else {
            StructField field = field(schema, names, label, "the label");
            if (!(field.dataType() instanceof StringType) && !(field.dataType() instanceof NumericType)) {
                throw new IllegalArgumentException("SparkTrainer: the label column '" + label + "' is "
                        + field.dataType().simpleString() + ": labels are class names (strings) or integers");
            }
            columns.add(functions.col(quoted(label)).cast("string"));
        }
        List<String> classes = network.outputNames();
        int inputCount = network.inputCount();
        int outputCount = network.outputCount();
        List<String> columnNames = new ArrayList<>(network.inputNames());
        if (label == null) {
            columnNames.addAll(classes);
        } else {
            columnNames.add(label);
        }
        return data.select(columns.toArray(new Column[0])).javaRDD().mapPartitionsWithIndex(
                (partition, rows) -> List.of(read(partition, rows, inputCount, outputCount, label != null,
                        classes, columnNames)).iterator(), true);
    }

    private static PartitionRows read(int partition, Iterator<Row> rows, int inputCount, int outputCount,
            boolean labelled, List<String> classes, List<String> columnNames) {
        DoubleBuffer x = new DoubleBuffer();
        DoubleBuffer y = new DoubleBuffer();
        int count = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            count++;
            for (int i = 0; i < inputCount; i++) {
                x.add(value(row, i, columnNames, partition, count));
            }
            if (labelled) {
                y.addOneHot(classOf(row, inputCount, classes, columnNames, partition, count), outputCount);
            } else {
                for (int o = 0; o < outputCount; o++) {
                    y.add(value(row, inputCount + o, columnNames, partition, count));
                }
            }
        }
        return new PartitionRows(partition, count, x.toArray(), y.toArray());
    }

    private static double value(Row row, int column, List<String> names, int partition, int rowNumber) {
        Object value = row.get(column);
        double v = value == null ? Double.NaN : ((Number) value).doubleValue();
        if (!Double.isFinite(v)) {
            throw new DataException("column '" + names.get(column) + "' is " + (value == null ? "null" : v)
                    + " in row " + rowNumber + " of partition " + partition
                    + ": training rows must be finite numbers (filter or fill them first)");
        }
        return v;
    }

    private static int classOf(Row row, int column, List<String> classes, List<String> names, int partition,
            int rowNumber) {
        String label = row.getString(column);
        int k = label == null ? -1 : classes.indexOf(label);
        if (k < 0) {
            throw new DataException("label column '" + names.get(column) + "' is " + (label == null ? "null"
                    : "'" + label + "'") + " in row " + rowNumber + " of partition " + partition
                    + ": labels must name an output class (" + String.join(", ", classes) + ")");
        }
        return k;
    }

    private static Column numeric(StructType schema, List<String> names, String name, String what) {
        StructField field = field(schema, names, name, what);
        if (!(field.dataType() instanceof NumericType)) {
            throw new IllegalArgumentException("SparkTrainer: column '" + name + "' is "
                    + field.dataType().simpleString() + ", not a number: cast it to double first");
        }
        return functions.col(quoted(name)).cast("double");
    }

    private static StructField field(StructType schema, List<String> names, String name, String what) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("SparkTrainer: " + what + " '" + name
                    + "' is not a column of the data (columns: " + String.join(", ", names) + ")");
        }
        return schema.fields()[index];
    }

    /** Backquoted, so names with dots or spaces are taken as they are. */
    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** Bad training data found on an executor; its message reaches the driver's caller. */
    static final class DataException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DataException(String message) {
            super(message);
        }
    }

    /** A growing array of doubles. */
    private static final class DoubleBuffer {
        private double[] values = new double[1024];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = v;
        }

        void addOneHot(int index, int width) {
            for (int k = 0; k < width; k++) {
                add(k == index ? 1.0 : 0.0);
            }
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
